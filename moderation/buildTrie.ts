/**
 * A trie over symbol ids, stored as flat arrays (node 0 is the root). Children of a node are linked
 * in ascending symbol order through firstChild / nextSibling.
 */
export type Trie = {
  nodeCount: number
  firstChild: Int32Array
  nextSibling: Int32Array
  symbol: Int32Array
  /** Index of the word ending at this node, or -1. */
  wordAt: Int32Array
}

/** Words of symbol ids stored back to back: word k is symbols[offsets[k] .. offsets[k + 1]). */
export type PackedWords = { symbols: Int32Array; offsets: Int32Array }

/**
 * Builds the trie of distinct, non-empty words without any hash map: the words are sorted, then
 * each one shares the path of its predecessor up to their common prefix and appends the rest, so
 * every node's children arrive already in ascending symbol order.
 */
export function buildTrie(words: PackedWords): Trie {
  const { symbols, offsets } = words
  const wordCount = offsets.length - 1
  const capacity = symbols.length + 1
  const firstChild = new Int32Array(capacity).fill(-1)
  const lastChild = new Int32Array(capacity).fill(-1)
  const nextSibling = new Int32Array(capacity).fill(-1)
  const symbol = new Int32Array(capacity)
  const wordAt = new Int32Array(capacity).fill(-1)

  const compare = (a: number, b: number): number => {
    const startA = offsets[a]
    const startB = offsets[b]
    const lengthA = offsets[a + 1] - startA
    const lengthB = offsets[b + 1] - startB
    const length = Math.min(lengthA, lengthB)
    for (let i = 0; i < length; i++) {
      const difference = symbols[startA + i] - symbols[startB + i]
      if (difference !== 0) return difference
    }
    return lengthA - lengthB
  }
  const order = new Int32Array(wordCount)
  let maxLength = 0
  for (let k = 0; k < wordCount; k++) {
    order[k] = k
    maxLength = Math.max(maxLength, offsets[k + 1] - offsets[k])
  }
  order.sort(compare)
  const path = new Int32Array(maxLength + 1)
  let nodeCount = 1
  let previousStart = 0
  let previousLength = 0
  for (const wordIndex of order) {
    const start = offsets[wordIndex]
    const length = offsets[wordIndex + 1] - start
    let common = 0
    while (common < length && common < previousLength && symbols[start + common] === symbols[previousStart + common]) common++
    for (let depth = common; depth < length; depth++) {
      const parent = path[depth]
      const node = nodeCount++
      symbol[node] = symbols[start + depth]
      if (lastChild[parent] === -1) firstChild[parent] = node
      else nextSibling[lastChild[parent]] = node
      lastChild[parent] = node
      path[depth + 1] = node
    }
    wordAt[path[length]] = wordIndex
    previousStart = start
    previousLength = length
  }
  return { nodeCount, firstChild, nextSibling, symbol, wordAt }
}
