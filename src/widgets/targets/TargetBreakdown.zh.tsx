// The island entry of the target breakdown on Chinese pages: the widget with its Chinese strings.
import { targets } from '../../i18n/targets/zh.ts';
import { TargetText } from './labels.ts';
import TargetBreakdown from './TargetBreakdown.tsx';

export default function TargetBreakdownZh(props: { defaultYear: number }) {
  return (
    <TargetText.Provider value={targets}>
      <TargetBreakdown {...props} />
    </TargetText.Provider>
  );
}
