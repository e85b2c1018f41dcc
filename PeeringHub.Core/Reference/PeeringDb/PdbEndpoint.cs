using System.Text.Json;

namespace PeeringHub.Core.Reference.PeeringDb;

/// <summary>One PeeringDB API endpoint and how a record of it maps to its mirror entity.</summary>
public sealed record PdbEndpoint(string Name, Type EntityType, Func<JsonElement, PdbObject> Map);
