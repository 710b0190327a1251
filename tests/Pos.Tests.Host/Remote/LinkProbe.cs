using System.Collections.Concurrent;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Pos.Hal;
using Pos.Hal.Remote;

namespace Pos.Tests.Host.Remote;

/// <summary>Records what an <see cref="IRemoteLink"/> raises, in order, and waits for it with a generous timeout.</summary>
internal sealed class LinkProbe
{
    /// <summary>Long enough for a TLS handshake on a busy CI machine; a wait only lasts this long when a test fails.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly BlockingCollection<(RemoteLinkState State, string Detail)> _changes = new();
    private readonly BlockingCollection<(string Topic, byte[] Payload)> _messages = new();
    private readonly BlockingCollection<(int RequestId, bool Delivered)> _published = new();

    public LinkProbe(IRemoteLink link)
    {
        link.Changed += (state, detail) => _changes.Add((state, detail));
        link.MessageReceived += (topic, payload) => _messages.Add((topic, payload));
        link.Published += (requestId, delivered) => _published.Add((requestId, delivered));
    }

    /// <summary>The next Changed, in order.</summary>
    public (RemoteLinkState State, string Detail) NextChange() => Take(_changes, "Changed");

    /// <summary>Skips Connecting and returns the outcome of a connect (Connected or Failed).</summary>
    public (RemoteLinkState State, string Detail) Outcome()
    {
        var change = NextChange();
        Assert.AreEqual(RemoteLinkState.Connecting, change.State, "first Changed: " + change.Detail);
        return NextChange();
    }

    /// <summary>Waits until connected, failing the test with the reason otherwise.</summary>
    public void Connected()
    {
        var outcome = Outcome();
        Assert.AreEqual(RemoteLinkState.Connected, outcome.State, "connect failed: " + outcome.Detail);
    }

    /// <summary>The next message that arrived on the subscription.</summary>
    public (string Topic, byte[] Payload) NextMessage() => Take(_messages, "MessageReceived");

    /// <summary>The next Published.</summary>
    public (int RequestId, bool Delivered) NextPublished() => Take(_published, "Published");

    /// <summary>How many Published events are recorded and not yet taken.</summary>
    public int PublishedWaiting => _published.Count;

    /// <summary>How many Changed events are recorded and not yet taken.</summary>
    public int ChangesWaiting => _changes.Count;

    private static T Take<T>(BlockingCollection<T> events, string what)
    {
        Assert.IsTrue(events.TryTake(out T? item, Patience), "no " + what + " within " + Patience.TotalSeconds + " s");
        return item!;
    }
}
