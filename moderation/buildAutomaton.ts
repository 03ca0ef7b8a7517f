import { buildTrie } from './buildTrie'
import type { PackedWords } from './buildTrie'
import { placeDoubleArray } from './placeDoubleArray'

/**
 * An Aho-Corasick automaton over symbol ids in a double array. For every state:
 * - fail: the longest proper suffix state (the usual failure link);
 * - report: the state itself if a word ends there, else the nearest state on its failure chain
 *   where one does, else -1. Reporting all words at a state is `for (r = report[s]; r >= 0;
 *   r = report[fail[r]])`, which yields every overlapping occurrence, longest first.
 * - wordAt: index of the word ending at that state, or -1.
 */
export type Automaton = {
  base: Int32Array
  check: Int32Array
  fail: Int32Array
  report: Int32Array
  wordAt: Int32Array
  stateCount: number
}

/** Builds the automaton for distinct, non-empty words of symbol ids in 1..alphabetSize. */
export function buildAutomaton(args: { words: PackedWords; alphabetSize: number }): Automaton {
  const trie = buildTrie(args.words)
  const { base, check, stateOfNode, bfsOrder } = placeDoubleArray({ trie, alphabetSize: args.alphabetSize })
  const size = base.length
  const fail = new Int32Array(size)
  const report = new Int32Array(size).fill(-1)
  const wordAt = new Int32Array(size).fill(-1)
  const { firstChild, nextSibling, symbol } = trie
  for (let k = 0; k < trie.nodeCount; k++) {
    const node = bfsOrder[k]
    const state = stateOfNode[node]
    wordAt[state] = trie.wordAt[node]
    if (node !== 0) report[state] = wordAt[state] >= 0 ? state : report[fail[state]]
    for (let child = firstChild[node]; child !== -1; child = nextSibling[child]) {
      const childState = stateOfNode[child]
      if (node === 0) {
        fail[childState] = 0
        continue
      }
      const sym = symbol[child]
      let suffix = fail[state]
      for (;;) {
        const target = base[suffix] + sym
        if (check[target] === suffix) {
          fail[childState] = target
          break
        }
        if (suffix === 0) {
          fail[childState] = 0
          break
        }
        suffix = fail[suffix]
      }
    }
  }
  return { base, check, fail, report, wordAt, stateCount: trie.nodeCount }
}
