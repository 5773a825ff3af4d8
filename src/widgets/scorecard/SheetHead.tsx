/**
 * The column heads of 004's 考核表, shared by the grid and the printout; the
 * printout's weight column has no room for its unit.
 */
export function SheetHead({ weight = '权重(%)' }: { weight?: string }) {
  return (
    <thead>
      <tr>
        {['序号', '指标', '标准', '计划', '实际', '完成率', weight, '得分'].map((h) => (
          <th key={h} scope="col">
            {h}
          </th>
        ))}
      </tr>
    </thead>
  );
}
