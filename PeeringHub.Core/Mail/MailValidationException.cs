namespace PeeringHub.Core.Mail;

/// <summary>A draft that cannot be sent as it is (bad address, line break in a header); nothing was sent.</summary>
public sealed class MailValidationException(string message) : Exception(message);
