namespace PeeringHub.Routers.Contract;

/// <summary>Outcome of one router call: a value, or why there is none. Router calls never throw into callers.</summary>
public sealed record RouterResult<T>
{
    public T? Value { get; init; }
    public RouterErrorKind Error { get; init; }
    /// <summary>Human-readable reason, including the router's own error text when it gave one.</summary>
    public string? Message { get; init; }
    public bool Succeeded => Error == RouterErrorKind.None;

    public static RouterResult<T> Ok(T value) => new() { Value = value };
    public static RouterResult<T> Fail(RouterErrorKind error, string message) => new() { Error = error, Message = message };
}
