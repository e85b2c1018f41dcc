namespace PeeringHub.Core.Domain;

/// <summary>Marks a property holding an encrypted secret: audit entries mask it, APIs never return it.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class SecretAttribute : Attribute;
