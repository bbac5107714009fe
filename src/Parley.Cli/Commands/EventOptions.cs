using System.CommandLine;
using System.CommandLine.Parsing;
using Parley.Events;

namespace Parley.Cli.Commands;

/// <summary>Parsing of PLOVER type and modality options, shared by the event commands.</summary>
internal static class EventOptions
{
    public static Option<string?> Type() => Validated(new Option<string?>("--type")
    {
        Description = "PLOVER type: " + string.Join(", ", PloverCodebook.Types.Select(PloverCodebook.Name)) + ".",
        HelpName = "TYPE",
    }, v => PloverCodebook.TryParseType(v.ToUpperInvariant(), out _), "a PLOVER v2.0 type");

    public static Option<string?> Modality() => Validated(new Option<string?>("--modality")
    {
        Description = "asserted, planned, intended, possible, negated, attempted or hypothetical.",
        HelpName = "MODALITY",
    }, v => PloverCodebook.TryParseModality(v.ToLowerInvariant(), out _), "a modality (SPEC §5)");

    public static PloverType? ParseType(string? value) =>
        value is not null && PloverCodebook.TryParseType(value.ToUpperInvariant(), out var t) ? t : null;

    public static EventModality? ParseModality(string? value) =>
        value is not null && PloverCodebook.TryParseModality(value.ToLowerInvariant(), out var m) ? m : null;

    private static Option<string?> Validated(Option<string?> option, Func<string, bool> ok, string what)
    {
        option.Validators.Add((OptionResult r) =>
        {
            string? v = r.GetValueOrDefault<string?>();
            if (v is not null && !ok(v)) r.AddError($"{r.Option.Name} '{v}' is not {what}.");
        });
        return option;
    }
}
