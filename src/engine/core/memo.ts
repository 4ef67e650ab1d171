/**
 * A function of one word, remembered: a roster of a million rows repeats a few hundred words, and reading a
 * word (normalising it, finding its title level) costs more than the rest of the row. The memory is bounded
 * (it starts over when full) so that a column of unique words, such as names, cannot make it grow.
 */
export function memoised<T>(f: (word: string) => T, max = 20_000): (word: string) => T {
  const seen = new Map<string, T>();
  return (word) => {
    if (seen.has(word)) return seen.get(word)!;
    const v = f(word);
    if (seen.size >= max) seen.clear();
    seen.set(word, v);
    return v;
  };
}
