// Linux-only like the router layer it uses.
[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]
