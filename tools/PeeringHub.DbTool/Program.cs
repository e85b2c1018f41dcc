Console.WriteLine("PeeringHub design-time host for dotnet ef; see README.");
