/**
 * The column heads of 004's 考核表, shared by the grid and the printout; the
 * printout's weight column has no room for its unit.
 */
export function SheetHead({ heads, weight }: { heads: readonly string[]; weight?: string }) {
  return (
    <thead>
      <tr>
        {heads.map((h, i) => (
          <th key={i} scope="col">
            {i === 6 && weight ? weight : h}
          </th>
        ))}
      </tr>
    </thead>
  );
}
