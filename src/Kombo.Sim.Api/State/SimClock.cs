namespace Kombo.Sim.Api.State;

/// <summary>
/// The simulator's virtual clock: every timestamp the simulator writes comes from here. It is either frozen
/// (time moves only when set or advanced) or running (real elapsed time from its last setting). Readings are
/// truncated to whole milliseconds, Kombo's precision, so what is stored is exactly what is shown.
/// </summary>
public sealed class SimClock : TimeProvider
{
    private readonly TimeProvider _real;
    private readonly Lock _gate = new();
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
            return _frozen ? _anchor : Truncate(_anchor + _real.GetElapsedTime(_anchorTimestamp));
        }
    }

    public override long GetTimestamp() => _real.GetTimestamp();

    public override long TimestampFrequency => _real.TimestampFrequency;

    public void Set(DateTimeOffset instant)
    {
        lock (_gate)
        {
            _anchor = Truncate(instant);
            _anchorTimestamp = _real.GetTimestamp();
        }
    }

    public void Advance(TimeSpan duration)
    {
        lock (_gate)
        {
            var now = _frozen ? _anchor : _anchor + _real.GetElapsedTime(_anchorTimestamp);
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
                _anchor = Truncate(_anchor + _real.GetElapsedTime(_anchorTimestamp));
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

    private static DateTimeOffset Truncate(DateTimeOffset value) =>
        new(value.UtcTicks - (value.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
}
