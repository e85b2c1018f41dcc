using System.Security.Cryptography;

namespace PeeringHub.Core.Sessions;

/// <summary>Random TCP-MD5 passwords from an alphabet every router CLI accepts unquoted.</summary>
public static class Md5Generator
{
    const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    public static string Next(int length = 24) => RandomNumberGenerator.GetString(Alphabet, length);
}
