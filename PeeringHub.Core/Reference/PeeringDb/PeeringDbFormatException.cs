namespace PeeringHub.Core.Reference.PeeringDb;

/// <summary>A PeeringDB response or file is not in the API format (bad JSON, no "data" array, missing field).</summary>
public sealed class PeeringDbFormatException(string message, Exception? inner = null) : Exception(message, inner);
