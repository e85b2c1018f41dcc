namespace PeeringHub.App.Auth;

public static class ApiTokenDefaults
{
    public const string Scheme = "ApiToken";
}
