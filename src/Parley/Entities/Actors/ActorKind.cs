namespace Parley.Entities.Actors;

/// <summary>What an actor is: a named person, an organisation or body, a state (a country or its government), or a described group.</summary>
public enum ActorKind
{
    Person,
    Organisation,
    State,
    Group,
}
