// Type-level assertions: `same<A, B>(true)` compiles only when A and B are
// the same type (so `string | null` is not taken for `string`).
export type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
export function same<A, B>(ok: Same<A, B>): void {
  void ok;
}
