// Linux-only like the router layer it calls (Unix sockets, network namespaces); silences CA1416 at every call site.
[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]
