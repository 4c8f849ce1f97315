using System.Collections;
using System.Runtime.CompilerServices;

namespace Kombo.Sim.Api.State;

/// <summary>
/// An immutable list that is cheap to append to and to change one item of, and whose versions share almost all of their
/// memory: a 32-way trie of arrays with the last (up to 32) items in a separate tail, after Clojure's persistent vector.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="System.Collections.Immutable.ImmutableList{T}"/> (a balanced binary tree) allocates a node per level for
/// every change, ~17 for a table of 100,000 records, and keeps one node per item alive. Here an append copies only the
/// tail (on average 16 references), a change copies one array per level (4 for 100,000 items), an item costs one slot
/// of an array, and a lookup walks at most 4–5 arrays instead of ~17 nodes (ADR 15, ninth pass).
/// </para>
/// <para>
/// Every operation returns a new version and leaves this one as it was; versions never share a mutable array, so any
/// number of them may be read concurrently and branched from freely.
/// </para>
/// </remarks>
public sealed class PersistentVector<T> : IReadOnlyList<T>
{
    private const int Bits = 5;
    private const int Width = 1 << Bits;
    private const int Mask = Width - 1;

    private static readonly object?[] EmptyNode = new object?[Width];

    public static readonly PersistentVector<T> Empty = new(0, Bits, EmptyNode, []);

    private readonly int _count;

    // The number of bits of an index the root level consumes from (5 while every item fits into 32 leaves).
    private readonly int _shift;

    // Inner nodes are object?[] of Width children; the children of the lowest inner level are leaves, T[] of Width items.
    private readonly object?[] _root;
    private readonly T[] _tail;

    private PersistentVector(int count, int shift, object?[] root, T[] tail)
    {
        _count = count;
        _shift = shift;
        _root = root;
        _tail = tail;
    }

    public int Count => _count;

    public T this[int index]
    {
        get
        {
            if ((uint)index >= (uint)_count)
            {
                ThrowOutOfRange(index);
            }

            return LeafFor(index)[index & Mask];
        }
    }

    /// <summary>Builds a vector of <paramref name="items"/> in one pass, without the intermediate versions.</summary>
    public static PersistentVector<T> CreateRange(IReadOnlyList<T> items)
    {
        var count = items.Count;
        if (count == 0)
        {
            return Empty;
        }

        var tailOffset = TailOffset(count);
        var tail = new T[count - tailOffset];
        for (var i = 0; i < tail.Length; i++)
        {
            tail[i] = items[tailOffset + i];
        }

        // The trie holds the full leaves before the tail; build it a level at a time from the bottom.
        var level = new List<object>(tailOffset / Width);
        for (var start = 0; start < tailOffset; start += Width)
        {
            var leaf = new T[Width];
            for (var i = 0; i < Width; i++)
            {
                leaf[i] = items[start + i];
            }

            level.Add(leaf);
        }

        var shift = Bits;
        while (level.Count > Width)
        {
            var parents = new List<object>((level.Count + Width - 1) / Width);
            for (var start = 0; start < level.Count; start += Width)
            {
                var node = new object?[Width];
                for (var i = 0; i < Width && start + i < level.Count; i++)
                {
                    node[i] = level[start + i];
                }

                parents.Add(node);
            }

            level = parents;
            shift += Bits;
        }

        // A vector of up to 32 items (most of a table's groups) shares the empty root: it is never written to.
        var root = level.Count == 0 ? EmptyNode : new object?[Width];
        for (var i = 0; i < level.Count; i++)
        {
            root[i] = level[i];
        }

        return new PersistentVector<T>(count, shift, root, tail);
    }

    /// <summary>This list with <paramref name="item"/> appended.</summary>
    public PersistentVector<T> Add(T item)
    {
        var inTail = _count - TailOffset(_count);
        if (inTail < Width)
        {
            var tail = new T[inTail + 1];
            Array.Copy(_tail, tail, inTail);
            tail[inTail] = item;
            return new PersistentVector<T>(_count + 1, _shift, _root, tail);
        }

        // The tail is full: it becomes a leaf of the trie, and the new item starts the next tail.
        object?[] root;
        var shift = _shift;
        if ((_count >> Bits) > (1 << _shift))
        {
            // The root is full: the trie grows a level.
            root = new object?[Width];
            root[0] = _root;
            root[1] = NewPath(_shift, _tail);
            shift += Bits;
        }
        else
        {
            root = PushTail(_shift, _root, _tail);
        }

        return new PersistentVector<T>(_count + 1, shift, root, [item]);
    }

    /// <summary>This list with the item at <paramref name="index"/> replaced by <paramref name="item"/>.</summary>
    public PersistentVector<T> SetItem(int index, T item)
    {
        if ((uint)index >= (uint)_count)
        {
            ThrowOutOfRange(index);
        }

        if (index >= TailOffset(_count))
        {
            var tail = (T[])_tail.Clone();
            tail[index & Mask] = item;
            return new PersistentVector<T>(_count, _shift, _root, tail);
        }

        return new PersistentVector<T>(_count, _shift, SetInTrie(_shift, _root, index, item), _tail);
    }

    public Enumerator GetEnumerator() => new(this);

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    // Out of line, so the indexer's range check stays small enough to inline.
    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private void ThrowOutOfRange(int index) =>
        throw new ArgumentOutOfRangeException(nameof(index), index, $"The list has {_count} items.");

    // The index of the tail's first item: the trie holds only full leaves.
    private static int TailOffset(int count) => count < Width ? 0 : ((count - 1) >> Bits) << Bits;

    private T[] LeafFor(int index)
    {
        if (index >= TailOffset(_count))
        {
            return _tail;
        }

        var node = _root;
        for (var level = _shift; level > Bits; level -= Bits)
        {
            node = Unsafe.As<object?[]>(node[(index >> level) & Mask])!;
        }

        return Unsafe.As<T[]>(node[(index >> Bits) & Mask])!;
    }

    // A copy of the path to the last leaf slot with the full tail as that leaf (the vector's count is the tail's end).
    private object?[] PushTail(int level, object?[] parent, T[] leaf)
    {
        var index = ((_count - 1) >> level) & Mask;
        var copy = (object?[])parent.Clone();
        copy[index] = level == Bits
            ? leaf
            : parent[index] is object?[] child
                ? PushTail(level - Bits, child, leaf)
                : NewPath(level - Bits, leaf);
        return copy;
    }

    // A chain of new inner nodes from level down to the leaf.
    private static object NewPath(int level, T[] leaf)
    {
        if (level == 0)
        {
            return leaf;
        }

        var node = new object?[Width];
        node[0] = NewPath(level - Bits, leaf);
        return node;
    }

    private static object?[] SetInTrie(int level, object?[] node, int index, T item)
    {
        var copy = (object?[])node.Clone();
        var slot = (index >> level) & Mask;
        if (level == Bits)
        {
            var leaf = (T[])Unsafe.As<T[]>(node[slot])!.Clone();
            leaf[index & Mask] = item;
            copy[slot] = leaf;
        }
        else
        {
            copy[slot] = SetInTrie(level - Bits, Unsafe.As<object?[]>(node[slot])!, index, item);
        }

        return copy;
    }

    /// <summary>Walks the items in order a leaf at a time.</summary>
    public struct Enumerator : IEnumerator<T>
    {
        private readonly PersistentVector<T> _vector;
        private T[] _leaf;
        private int _index;

        internal Enumerator(PersistentVector<T> vector)
        {
            _vector = vector;
            _leaf = [];
            _index = -1;
        }

        public readonly T Current => _leaf[_index & Mask];

        readonly object? IEnumerator.Current => Current;

        public bool MoveNext()
        {
            if (++_index >= _vector._count)
            {
                _index = _vector._count;
                return false;
            }

            if ((_index & Mask) == 0)
            {
                _leaf = _vector.LeafFor(_index);
            }

            return true;
        }

        public void Reset()
        {
            _leaf = [];
            _index = -1;
        }

        public readonly void Dispose()
        {
        }
    }
}
