// The router layer drives local router CLIs over Unix sockets; it runs on Linux only (the app is built for linux-x64).
[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]
