using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PeeringHub.Core.Data;
using PeeringHub.Core.Domain;
using PeeringHub.Core.Editing;

namespace PeeringHub.Core.Users;

/// <summary>Admin's user management on top of Identity: one role per user, Member users bound to a network, all audited.</summary>
public sealed class UserAdminService(UserManager<AppUser> users, PeeringHubDbContext db, IValidator<UserInput> validator, TimeProvider clock)
{
    /// <param name="Version">Identity's concurrency stamp: it changes with every save of the user, so a PUT can say which state it changes.</param>
    public sealed record UserRow(string Id, string UserName, string? Email, string Role, int? NetworkId, string? NetworkName, bool LockedOut, string Version);

    public async Task<List<UserRow>> ListAsync(CancellationToken ct = default)
    {
        var roleOf = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name }).ToListAsync(ct);
        var now = clock.GetUtcNow();
        return (await db.Users.AsNoTracking().Include(u => u.Network).OrderBy(u => u.UserName).ToListAsync(ct))
            .Select(u => new UserRow(u.Id, u.UserName!, u.Email, roleOf.FirstOrDefault(x => x.UserId == u.Id)?.Name ?? "", u.NetworkId, u.Network?.Name,
                u.LockoutEnd is { } end && end > now, u.ConcurrencyStamp ?? ""))
            .ToList();
    }

    public async Task<EditResult<AppUser>> SaveAsync(UserInput input, CancellationToken ct = default)
    {
        var validation = await validator.ValidateAsync(input, ct);
        if (!validation.IsValid) return EditResult<AppUser>.Invalid(validation.Errors);

        var user = input.Id is null ? new AppUser() : await users.FindByIdAsync(input.Id);
        if (user is null) return EditResult<AppUser>.NotFound();
        var before = input.Id is null ? null : $"{{\"UserName\":\"{user.UserName}\",\"Role\":\"{string.Join(",", await users.GetRolesAsync(user))}\",\"NetworkId\":{user.NetworkId?.ToString() ?? "null"}}}";

        user.UserName = input.UserName.Trim();
        user.Email = string.IsNullOrWhiteSpace(input.Email) ? null : input.Email.Trim();
        user.NetworkId = input.Role == Roles.Member ? input.NetworkId : null;

        var result = input.Id is null ? await users.CreateAsync(user, input.Password!) : await users.UpdateAsync(user);
        if (!result.Succeeded) return IdentityErrors(result);
        if (input.Id is not null && !string.IsNullOrEmpty(input.Password))
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            var reset = await users.ResetPasswordAsync(user, token, input.Password);
            if (!reset.Succeeded) return IdentityErrors(reset);
        }
        var current = await users.GetRolesAsync(user);
        if (!current.SequenceEqual([input.Role]))
        {
            await users.RemoveFromRolesAsync(user, current);
            await users.AddToRoleAsync(user, input.Role);
            // Open logins carry the old role in their cookie and circuit: a new stamp makes them sign in again.
            if (input.Id is not null) await users.UpdateSecurityStampAsync(user);
        }
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow().UtcDateTime, User = db.ActorName, Action = input.Id is null ? "Create" : "Update", ObjectType = "User",
            ObjectId = user.Id, ObjectName = user.UserName, Before = before,
            After = $"{{\"UserName\":\"{user.UserName}\",\"Role\":\"{input.Role}\",\"NetworkId\":{user.NetworkId?.ToString() ?? "null"}{(string.IsNullOrEmpty(input.Password) ? "" : ",\"Password\":\"********\"")}}}",
        });
        await db.SaveChangesAsync(ct);
        return EditResult<AppUser>.Saved(user);
    }

    /// <summary>
    /// Locks a user out until unlocked (sign-in, open logins and API tokens stop working: the security stamp changes), or
    /// unlocks them with a clean failure count.
    /// </summary>
    public async Task<EditResult<AppUser>> SetLockedAsync(string id, bool locked, string actingUserName, CancellationToken ct = default)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null) return EditResult<AppUser>.NotFound();
        if (locked && string.Equals(user.UserName, actingUserName, StringComparison.OrdinalIgnoreCase))
            return EditResult<AppUser>.Conflict("You cannot lock your own account.");
        if (locked)
        {
            await users.SetLockoutEnabledAsync(user, true);
            await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue);
            await users.UpdateSecurityStampAsync(user);
        }
        else
        {
            await users.SetLockoutEndDateAsync(user, null);
            await users.ResetAccessFailedCountAsync(user);
        }
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow().UtcDateTime, User = db.ActorName, Action = locked ? "Lock" : "Unlock", ObjectType = "User", ObjectId = id, ObjectName = user.UserName,
        });
        await db.SaveChangesAsync(ct);
        return EditResult<AppUser>.Saved(user);
    }

    public async Task<UserRow?> GetAsync(string id, CancellationToken ct = default) => (await ListAsync(ct)).FirstOrDefault(u => u.Id == id);

    public async Task<EditResult<AppUser>> DeleteAsync(string id, string actingUserName, CancellationToken ct = default)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null) return EditResult<AppUser>.NotFound();
        if (string.Equals(user.UserName, actingUserName, StringComparison.OrdinalIgnoreCase))
            return EditResult<AppUser>.Conflict("You cannot delete your own account.");
        var result = await users.DeleteAsync(user);
        if (!result.Succeeded) return IdentityErrors(result);
        db.AuditEntries.Add(new AuditEntry { At = clock.GetUtcNow().UtcDateTime, User = db.ActorName, Action = "Delete", ObjectType = "User", ObjectId = id, ObjectName = user.UserName });
        await db.SaveChangesAsync(ct);
        return EditResult<AppUser>.Saved(user);
    }

    static EditResult<AppUser> IdentityErrors(IdentityResult result) =>
        EditResult<AppUser>.Invalid(result.Errors.Select(e => new FluentValidation.Results.ValidationFailure(
            e.Code.Contains("Password", StringComparison.Ordinal) ? nameof(UserInput.Password) : nameof(UserInput.UserName), e.Description)));
}
