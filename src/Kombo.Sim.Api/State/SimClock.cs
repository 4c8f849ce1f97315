namespace Kombo.Sim.Api.State;

/// <summary>
/// The simulator's virtual clock: every timestamp the simulator writes comes from here. It is either frozen
/// (time moves only when set or advanced) or running (real elapsed time from its last setting). Readings are
/// truncated to whole milliseconds, Kombo's precision, so what is stored is exactly what is shown.
/// The starting instant may be known only later (the seed's clock, while the seed loads): it is then read on the first
/// reading, and a running clock still counts from its construction.
/// </summary>
public sealed class SimClock : TimeProvider
{
    private readonly TimeProvider _real;
    private readonly Lock _gate = new();
    private Func<DateTimeOffset>? _pendingStart;
    private DateTimeOffset _anchor;
    private long _anchorTimestamp;
    private bool _frozen;

    public SimClock(DateTimeOffset start, bool frozen, TimeProvider? real = null)
    {
        _real = real ?? System;
        _anchor = Truncate(start);
        _anchorTimestamp = _real.GetTimestamp();
        _frozen = frozen;
    }

    /// <summary>A clock whose starting instant <paramref name="start"/> is asked for on its first reading.</summary>
    public SimClock(Func<DateTimeOffset> start, bool frozen, TimeProvider? real = null)
        : this(default(DateTimeOffset), frozen, real) => _pendingStart = start;

    public bool IsFrozen
    {
        get
        {
            lock (_gate)
            {
                return _frozen;
            }
        }
    }

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _frozen ? Anchor : Truncate(Anchor + _real.GetElapsedTime(_anchorTimestamp));
        }
    }

    public override long GetTimestamp() => _real.GetTimestamp();

    public override long TimestampFrequency => _real.TimestampFrequency;

    public void Set(DateTimeOffset instant)
    {
        lock (_gate)
        {
            _pendingStart = null;
            _anchor = Truncate(instant);
            _anchorTimestamp = _real.GetTimestamp();
        }
    }

    public void Advance(TimeSpan duration)
    {
        lock (_gate)
        {
            var now = _frozen ? Anchor : Anchor + _real.GetElapsedTime(_anchorTimestamp);
            _anchor = Truncate(now + duration);
            _anchorTimestamp = _real.GetTimestamp();
        }
    }

    public void Freeze()
    {
        lock (_gate)
        {
            if (!_frozen)
            {
                _anchor = Truncate(Anchor + _real.GetElapsedTime(_anchorTimestamp));
                _frozen = true;
            }
        }
    }

    public void Resume()
    {
        lock (_gate)
        {
            if (_frozen)
            {
                _anchorTimestamp = _real.GetTimestamp();
                _frozen = false;
            }
        }
    }

    /// <summary>The anchor instant, the pending start read first if there is one; called under the lock.</summary>
    private DateTimeOffset Anchor
    {
        get
        {
            if (_pendingStart is { } start)
            {
                _anchor = Truncate(start());
                _pendingStart = null;
            }

            return _anchor;
        }
    }

    private static DateTimeOffset Truncate(DateTimeOffset value) =>
        new(value.UtcTicks - (value.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
}
