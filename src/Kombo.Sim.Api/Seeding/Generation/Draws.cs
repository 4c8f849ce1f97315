using Bogus;

namespace Kombo.Sim.Api.Seeding.Generation;

/// <summary>Draws on a seeded <see cref="Randomizer"/> that Bogus has no overload for.</summary>
internal static class Draws
{
    /// <summary>A uniformly chosen item.</summary>
    public static T One<T>(this Randomizer random, IReadOnlyList<T> items) => items[random.Number(0, items.Count - 1)];

    /// <summary>An index drawn with the given weights.</summary>
    public static int Weighted(this Randomizer random, double[] weights)
    {
        var total = 0.0;
        foreach (var weight in weights)
        {
            total += weight;
        }

        var roll = random.Double() * total;
        for (var i = 0; i < weights.Length; i++)
        {
            roll -= weights[i];
            if (roll < 0)
            {
                return i;
            }
        }

        return weights.Length - 1;
    }
}
