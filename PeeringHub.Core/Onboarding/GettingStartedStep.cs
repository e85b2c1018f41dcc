namespace PeeringHub.Core.Onboarding;

/// <summary>One item of the dashboard's getting-started list: done when the data says so, with the page that does it.</summary>
public sealed record GettingStartedStep(string Key, string Title, string Hint, bool Done, string Link);
