using Bogus;
using Kombo.Sim.Api.Domain.Hris;

namespace Kombo.Sim.Api.Seeding.Generation;

/// <summary>
/// Absences and balances for one employee at a time. Absences lie in the employee's working time (a year back, half
/// a year ahead), one per slot of that window so that they never overlap; sick leave is never in the future.
/// Balances are written after the absences: <c>used</c> is the sum of the absences that count (not deleted,
/// declined or cancelled) and <c>balance</c> what is left of the entitlement, as the simulator's writes keep them.
/// </summary>
internal sealed class TimeOff
{
    private static readonly (AbsenceKind Kind, double Weight)[] Mix = [(AbsenceKind.Vacation, 0.6), (AbsenceKind.Sickness, 0.25), (AbsenceKind.Overtime, 0.15)];

    private readonly GenerationContext _context;
    private readonly Randomizer _random;
    private readonly IReadOnlyList<TypeUse> _types;
    private readonly TypeUse[] _balanced;
    private readonly Dictionary<AbsenceKind, TypeUse[]> _byKind;
    private readonly AbsenceKind[] _everyday;
    private readonly double[] _everydayWeights;
    private readonly RemoteIds _absenceIds;
    private readonly RemoteIds _balanceIds;
    private int _absenceCount;
    private int _balanceCount;

    public TimeOff(GenerationContext context, IReadOnlyList<TypeUse> types, int absences, int balances)
    {
        _context = context;
        _random = context.Stream("hris:time-off");
        _types = types;
        _balanced = [.. types.Where(t => t.Entitlement is not null)];
        _byKind = types.GroupBy(t => t.Kind).ToDictionary(g => g.Key, g => g.ToArray());
        _everyday = [.. Mix.Select(m => m.Kind).Where(_byKind.ContainsKey)];
        _everydayWeights = [.. Mix.Where(m => _byKind.ContainsKey(m.Kind)).Select(m => m.Weight)];
        _balanceIds = context.Reserve("hris_time_off_balances", balances);
        _absenceIds = context.Reserve("hris_absences", absences);
    }

    public List<Absence> Absences { get; } = [];

    public List<TimeOffBalance> Balances { get; } = [];

    /// <summary>Balances per employee: one for every type with an entitlement.</summary>
    public int BalancesPerEmployee => _balanced.Length;

    /// <summary>Writes the employee's absences and balances; returns the latest <c>changed_at</c> among them.</summary>
    public DateTimeOffset? Add(string employeeId, string? approverId, in Placement placement, int absences, bool withBalances)
    {
        DateTimeOffset? latest = null;
        var first = Absences.Count;
        if (_types.Count > 0 && absences > 0)
        {
            AddAbsences(employeeId, approverId, placement, absences);
        }

        for (var i = first; i < Absences.Count; i++)
        {
            latest = Later(latest, Absences[i].ChangedAt);
        }

        if (!withBalances)
        {
            return latest;
        }

        foreach (var use in _balanced)
        {
            var used = 0.0;
            DateTimeOffset? lastUse = null;
            for (var i = first; i < Absences.Count; i++)
            {
                if (Absences[i].TypeId == use.Type.Id && AbsenceRules.ConsumesBalance(Absences[i]))
                {
                    used += Absences[i].Amount ?? 0;
                    lastUse = Later(lastUse, Absences[i].ChangedAt);
                }
            }

            used = Math.Round(used, 4);
            var (min, max) = use.Entitlement!.Value;
            double entitlement = _random.Number(min, max);
            if (used > entitlement)
            {
                entitlement = Math.Ceiling(used) + _random.Number(0, 5);
            }

            var changedAt = lastUse is { } at ? GenerationContext.Max(at, _context.SyncedAt(_random)) : _context.SyncedAt(_random);
            var index = _balanceCount++;
            Balances.Add(new TimeOffBalance
            {
                Id = _balanceIds.Id(index),
                RemoteId = _balanceIds.RemoteId(index),
                EmployeeId = employeeId,
                TypeId = use.Type.Id,
                Balance = Math.Round(entitlement - used, 4),
                BalanceUnit = use.Type.Unit,
                Used = used,
                UsedUnit = use.Type.Unit,
                ChangedAt = changedAt,
            });
            latest = Later(latest, changedAt);
        }

        return latest;
    }

    private void AddAbsences(string employeeId, string? approverId, in Placement placement, int count)
    {
        var today = _context.Today;
        var from = Latest(placement.Start, today.AddDays(-365));
        var to = today.AddDays(180);
        if (placement.Termination is { } end && end < to)
        {
            to = end;
        }

        if (to < from)
        {
            from = Latest(placement.Start, to.AddDays(-365));
        }

        if (placement.Status == "LEAVE")
        {
            // On leave: the first absence is the one going on today.
            var kind = _byKind.ContainsKey(AbsenceKind.LongLeave) ? AbsenceKind.LongLeave : _everyday.Contains(AbsenceKind.Sickness) ? AbsenceKind.Sickness : _types[0].Kind;
            var start = Latest(placement.Start, today.AddDays(kind == AbsenceKind.LongLeave ? -_random.Number(5, 120) : -_random.Number(2, 20)));
            var stop = today.AddDays(kind == AbsenceKind.LongLeave ? _random.Number(20, 200) : _random.Number(3, 20));
            Write(employeeId, approverId, Type(kind), start, stop);
            count--;
            (from, to) = start.AddDays(-1) >= from ? (from, start.AddDays(-1)) : (stop.AddDays(1), stop.AddDays(120));
        }

        var days = to.DayNumber - from.DayNumber + 1;
        for (var slot = 0; slot < count; slot++)
        {
            var slotStart = from.AddDays((int)((long)slot * days / count));
            var slotEnd = from.AddDays((int)((long)(slot + 1) * days / count) - 1);
            if (slotEnd < slotStart)
            {
                slotEnd = slotStart;
            }

            var kind = _everyday.Length > 0 ? _everyday[_random.Weighted(_everydayWeights)] : _types[0].Kind;
            if (kind == AbsenceKind.Sickness && slotStart > today)
            {
                kind = _everyday.FirstOrDefault(k => k != AbsenceKind.Sickness, AbsenceKind.Sickness);
            }

            var length = Math.Min(Length(kind), slotEnd.DayNumber - slotStart.DayNumber + 1);
            if (kind == AbsenceKind.Sickness && slotEnd > today)
            {
                slotEnd = Latest(slotStart, today);
            }

            var start = slotStart.AddDays(_random.Number(0, Math.Max(0, slotEnd.DayNumber - slotStart.DayNumber + 1 - length)));
            Write(employeeId, approverId, Type(kind), start, start.AddDays(length - 1));
        }
    }

    private TypeUse Type(AbsenceKind kind) => _byKind.TryGetValue(kind, out var uses) ? uses[_random.Number(0, uses.Length - 1)] : _types[0];

    private int Length(AbsenceKind kind)
    {
        var roll = _random.Double();
        return kind switch
        {
            AbsenceKind.Vacation => roll < 0.25 ? 1 : roll < 0.7 ? _random.Number(2, 5) : _random.Number(6, 14),
            AbsenceKind.Sickness => roll < 0.7 ? _random.Number(1, 3) : _random.Number(4, 10),
            AbsenceKind.LongLeave => _random.Number(30, 120),
            _ => 1,
        };
    }

    private void Write(string employeeId, string? approverId, TypeUse use, DateOnly start, DateOnly end)
    {
        var type = use.Type;
        var today = _context.Today;
        bool? startHalf = null, endHalf = null;
        if (type.HalfDaysSupported == true)
        {
            var single = start == end;
            startHalf = single ? _random.Bool(0.15f) : _random.Bool(0.04f);
            endHalf = !single && _random.Bool(0.08f);
        }

        TimeOnly? startTime = null, endTime = null;
        if (type.ExactTimesSupported == true)
        {
            startTime = new TimeOnly(_random.Number(8, 14), _random.Bool() ? 0 : 30);
            endTime = startTime.Value.AddMinutes(60 * _random.Number(1, 5));
        }

        var unit = type.Unit ?? AbsenceRules.Days;
        var status = Status(use.Kind, start, end, today);
        var created = use.Kind == AbsenceKind.Sickness
            ? GenerationContext.DuringWorkday(_random, start)
            : GenerationContext.DuringWorkday(_random, start.AddDays(-_random.Number(1, 60)));
        created = _context.Past(_random, created, 3);
        var updated = status == "REQUESTED" ? created : GenerationContext.Between(_random, created, GenerationContext.Min(created.AddDays(3), _context.Now));
        var changedAt = _context.ChangedAt(_random, updated);
        var note = use.Kind switch
        {
            AbsenceKind.Vacation when _random.Bool(0.5f) => _random.ArrayElement(HrisVocabulary.VacationNotes),
            AbsenceKind.Overtime when _random.Bool(0.4f) => _random.ArrayElement(HrisVocabulary.OvertimeNotes),
            _ => null,
        };
        var index = _absenceCount++;
        Absences.Add(new Absence
        {
            Id = _absenceIds.Id(index),
            RemoteId = _absenceIds.RemoteId(index),
            EmployeeId = employeeId,
            ApproverId = status is "APPROVED" or "DECLINED" ? approverId : null,
            StartDate = start,
            EndDate = end,
            StartHalfDay = startHalf,
            EndHalfDay = endHalf,
            StartTime = startTime,
            EndTime = endTime,
            Amount = AbsenceRules.ComputeAmount(unit, start, end, startHalf ?? false, endHalf ?? false, startTime, endTime),
            Unit = unit,
            Status = status,
            EmployeeNote = note,
            TypeId = type.Id,
            ChangedAt = changedAt,
            RemoteDeletedAt = status == "DELETED" ? changedAt : null,
            RemoteCreatedAt = created,
            RemoteUpdatedAt = updated,
        });
    }

    private string Status(AbsenceKind kind, DateOnly start, DateOnly end, DateOnly today)
    {
        if (kind is AbsenceKind.Sickness or AbsenceKind.LongLeave || start <= today && end >= today)
        {
            return "APPROVED";
        }

        var roll = _random.Double();
        return end < today
            ? roll switch { < 0.89 => "APPROVED", < 0.93 => "DECLINED", < 0.97 => "CANCELLED", _ => "DELETED" }
            : roll switch { < 0.58 => "APPROVED", < 0.94 => "REQUESTED", < 0.97 => "DECLINED", _ => "CANCELLED" };
    }

    private static DateOnly Latest(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateTimeOffset? Later(DateTimeOffset? a, DateTimeOffset b) => a is { } x && x > b ? x : b;
}
