namespace PeeringHub.App.Api.Users;

/// <summary>POST /api/users/{id}/tokens: a name that says what the token is for (e.g. "provisioning").</summary>
public sealed record TokenBody(string Name);
