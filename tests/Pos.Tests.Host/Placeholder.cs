namespace Pos.Tests.Host { }
