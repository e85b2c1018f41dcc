using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using PeeringHub.Core.Domain;
using PeeringHub.Core.Users;
using PeeringHub.Tests.Infrastructure;

namespace PeeringHub.Tests.Unit;

[Trait("Kind", "Unit")]
public class UserValidatorTests : IAsyncLifetime
{
    readonly TestDatabase database = new();
    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await database.DisposeAsync();

    async Task<List<string>> Fields(UserInput input)
    {
        await using var scope = database.Scope();
        return (await scope.ServiceProvider.GetRequiredService<IValidator<UserInput>>().ValidateAsync(input)).Errors.Select(e => e.PropertyName).ToList();
    }

    [Fact]
    public async Task Valid_noc_user() => Assert.Empty(await Fields(new UserInput { UserName = "alice", Role = Roles.Noc, Password = "long-enough-1" }));

    [Fact]
    public async Task Member_needs_a_network() => Assert.Contains("NetworkId", await Fields(new UserInput { UserName = "m", Role = Roles.Member, Password = "long-enough-1" }));

    [Fact]
    public async Task New_user_needs_a_long_password() => Assert.Contains("Password", await Fields(new UserInput { UserName = "bob", Role = Roles.Noc, Password = "short" }));

    [Fact]
    public async Task Unknown_role_and_bad_name() => Assert.Equal(["UserName", "Role"], await Fields(new UserInput { UserName = "a b", Role = "God", Password = "long-enough-1" }));
}
