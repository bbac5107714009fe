using Parley.Events;

namespace Parley.Tests.Events;

public sealed class CameoCoderTests
{
    private static readonly CameoCoder Coder = CameoCoder.Default;

    [Theory]
    [InlineData(PloverType.Consult, "phone", EventModality.Asserted, "041")]
    [InlineData(PloverType.Consult, null, EventModality.Intended, "036")]
    [InlineData(PloverType.Consult, "phone", EventModality.Planned, "036")]
    [InlineData(PloverType.Consult, "visit", EventModality.Asserted, "042")]
    [InlineData(PloverType.Consult, "third-party", EventModality.Asserted, "044")]
    [InlineData(PloverType.Consult, null, EventModality.Asserted, "040")]
    [InlineData(PloverType.Consult, "multilateral", EventModality.Asserted, "040")]
    [InlineData(PloverType.Consult, null, EventModality.Negated, "040")]
    [InlineData(PloverType.Agree, null, EventModality.Asserted, "030")]
    [InlineData(PloverType.Support, null, EventModality.Asserted, "050")]
    [InlineData(PloverType.Support, null, EventModality.Intended, "032")]
    [InlineData(PloverType.Cooperate, null, EventModality.Possible, "031")]
    [InlineData(PloverType.Aid, null, EventModality.Planned, "033")]
    [InlineData(PloverType.Request, "meet", EventModality.Asserted, "106")]
    [InlineData(PloverType.Reject, null, EventModality.Asserted, "120")]
    [InlineData(PloverType.Reject, "meet", EventModality.Asserted, "125")]
    [InlineData(PloverType.Accuse, null, EventModality.Asserted, "110")]
    [InlineData(PloverType.Accuse, "investigate", EventModality.Asserted, "090")]
    [InlineData(PloverType.Retreat, "release", EventModality.Asserted, "0841")]
    [InlineData(PloverType.Retreat, null, EventModality.Intended, "035")]
    [InlineData(PloverType.Mobilize, "troops", EventModality.Asserted, "152")]
    [InlineData(PloverType.Sanction, "expel", EventModality.Asserted, "166")]
    [InlineData(PloverType.Coerce, "arrest", EventModality.Asserted, "173")]
    [InlineData(PloverType.Assault, null, EventModality.Planned, "138")]
    [InlineData(PloverType.Protest, "demo", EventModality.Asserted, "141")]
    public void Type_mode_and_modality_give_the_cameo_code(PloverType type, string? mode, EventModality modality, string expected) =>
        Assert.Equal(expected, Coder.Code(type, mode, modality));

    [Fact]
    public void A_visit_is_hosted_from_the_hosts_side() =>
        Assert.Equal("043", Coder.Code(PloverType.Consult, "visit", EventModality.Asserted, hostIsActor: true));

    [Fact]
    public void Contexts_choose_the_more_specific_code()
    {
        Assert.Equal("0312", Coder.Code(PloverType.Cooperate, null, EventModality.Intended, ["military"]));
        Assert.Equal("190", Coder.Code(PloverType.Assault, null, EventModality.Asserted, ["military"]));
        Assert.Equal("061", Coder.Code(PloverType.Cooperate, null, EventModality.Asserted, ["economic"]));
    }

    [Fact]
    public void Every_type_and_modality_has_a_code_the_table_maps_back_to_a_plover_type()
    {
        foreach (var type in PloverCodebook.Types)
        foreach (var modality in Enum.GetValues<EventModality>())
        {
            string code = Coder.Code(type, null, modality);
            Assert.NotNull(CameoPloverTable.Default.Lookup(code));
            Assert.InRange(CameoCoder.QuadClass(code), 1, 4);
        }
    }

    [Fact]
    public void The_table_inverts_to_its_own_type_for_asserted_events()
    {
        foreach (var type in PloverCodebook.Types)
            Assert.Equal(type, CameoPloverTable.Default.Lookup(Coder.Code(type, null, EventModality.Asserted))!.Type);
    }
}
