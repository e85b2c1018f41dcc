namespace PeeringHub.App.Api.Users;

/// <summary>A new API token: <see cref="Token"/> is shown in this answer only; PeeringHub keeps a hash.</summary>
public sealed record CreatedTokenDto(int Id, string Name, string Prefix, string Token);
