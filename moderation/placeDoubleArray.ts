import type { Trie } from './buildTrie'

/**
 * A double array: state s goes to t = base[s] + symbol when check[t] === s. State 0 is the root;
 * unused cells have check -1. The arrays are long enough that base[s] + symbol is always in range
 * for every symbol of the alphabet, so the scanner never reads out of bounds.
 */
export type DoubleArray = {
  base: Int32Array
  check: Int32Array
  /** DA state of each trie node. */
  stateOfNode: Int32Array
  /** Trie nodes in breadth-first order (parents before children). */
  bfsOrder: Int32Array
}

/** After this many failed offsets for one node, nodes with several children start further on. */
const CROWDED_AFTER = 32

/**
 * Places the trie in a double array, breadth first, first fit. Free cells are found through a
 * union-find "next free cell" index (near O(1) per query). Nodes with several children skip the
 * crowded front of the array once it has cost one of them CROWDED_AFTER failed offsets, which keeps
 * the build linear in practice; single-child nodes (most of them) still fill the holes it leaves.
 */
export function placeDoubleArray(args: { trie: Trie; alphabetSize: number }): DoubleArray {
  const { trie, alphabetSize } = args
  const { nodeCount, firstChild, nextSibling, symbol } = trie
  let capacity = Math.max(1024, 2 * (nodeCount + alphabetSize))
  let check = new Int32Array(capacity).fill(-1)
  let nextFree = new Int32Array(capacity)
  for (let i = 0; i < capacity; i++) nextFree[i] = i
  const baseOfNode = new Int32Array(nodeCount)
  const stateOfNode = new Int32Array(nodeCount)
  const bfsOrder = new Int32Array(nodeCount)
  const grow = (needed: number) => {
    let size = capacity
    while (size <= needed) size *= 2
    const grownCheck = new Int32Array(size).fill(-1)
    grownCheck.set(check)
    const grownFree = new Int32Array(size)
    grownFree.set(nextFree)
    for (let i = capacity; i < size; i++) grownFree[i] = i
    check = grownCheck
    nextFree = grownFree
    capacity = size
  }
  /** The first free cell at or after `from`. */
  const findFree = (from: number): number => {
    if (from + 1 >= capacity) grow(from + 1)
    let cell = from
    while (nextFree[cell] !== cell) {
      const next = nextFree[cell]
      if (next + 1 >= capacity) grow(next + 1)
      nextFree[cell] = nextFree[next] // path halving
      cell = next
    }
    return cell
  }

  check[0] = -2 // the root's own cell
  nextFree[0] = 1
  let crowdedFront = 1
  let maxState = 0
  let maxBase = 0
  const children: number[] = []
  let head = 0
  let tail = 1 // bfsOrder[0] is the root node 0, in state 0
  while (head < tail) {
    const node = bfsOrder[head++]
    if (firstChild[node] === -1) continue
    children.length = 0
    for (let child = firstChild[node]; child !== -1; child = nextSibling[child]) children.push(symbol[child])
    const first = children[0]
    const last = children[children.length - 1]
    let cell = findFree(Math.max(first, children.length > 1 ? crowdedFront : 1))
    let failures = 0
    for (;;) {
      const offset = cell - first
      if (offset + last >= capacity) grow(offset + last + 1)
      let fits = true
      for (let k = 1; k < children.length; k++) {
        if (check[offset + children[k]] !== -1) {
          fits = false
          break
        }
      }
      if (fits) break
      cell = findFree(cell + 1)
      failures++
    }
    if (failures > CROWDED_AFTER) crowdedFront = Math.max(crowdedFront, cell)
    const offset = cell - first
    baseOfNode[node] = offset
    if (offset > maxBase) maxBase = offset
    const state = stateOfNode[node]
    for (let child = firstChild[node]; child !== -1; child = nextSibling[child]) {
      const childState = offset + symbol[child]
      check[childState] = state
      nextFree[childState] = childState + 1
      stateOfNode[child] = childState
      if (childState > maxState) maxState = childState
      bfsOrder[tail++] = child
    }
  }
  // Long enough that base[s] + symbol stays in range for every state and every symbol.
  const length = Math.max(maxState + 1, maxBase + alphabetSize + 1)
  const base = new Int32Array(length)
  for (let node = 0; node < nodeCount; node++) base[stateOfNode[node]] = baseOfNode[node]
  const finalCheck = new Int32Array(length).fill(-1)
  finalCheck.set(check.subarray(0, Math.min(length, capacity)))
  finalCheck[0] = -1 // the root is no one's child
  return { base, check: finalCheck, stateOfNode, bfsOrder }
}
