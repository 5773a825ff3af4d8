import { Fragment, type ReactNode } from 'react';

/** Chinese characters and full-width punctuation. */
const HAN = '\\u3000-\\u303f\\u3400-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef';
/**
 * A run of Chinese: from a Chinese character to the last one before Latin text, taking
 * in the figures and signs between (《国务院…关于2026年…通知》, 销售目标达成率≥90%为合格).
 */
const CJK = new RegExp(`([${HAN}](?:[${HAN}\\d\\s%.,:;()≥≤<>=+−–-]*[${HAN}])?)`);

/**
 * Text that may hold the content's Chinese (a label, a grade, a unit) inside a sentence:
 * on an English page each Chinese run is marked lang="zh-CN", so it is read as Chinese;
 * on a Chinese page the text is as it was.
 */
export function Mixed({ text, en }: { text: string; en: boolean }) {
  if (!en || !CJK.test(text)) return <>{text}</>;
  return (
    <>
      {text.split(CJK).map((part, i) =>
        i % 2 ? (
          <span key={i} lang="zh-CN">
            {part}
          </span>
        ) : (
          part
        ),
      )}
    </>
  );
}

/** A template whose {slots} are filled with elements: a mark, a link, a strong figure. */
export function Fill({ template, slots }: { template: string; slots: Record<string, ReactNode> }) {
  return (
    <>
      {template.split(/\{(\w+)\}/).map((part, i) => (
        <Fragment key={i}>{i % 2 ? slots[part] : part}</Fragment>
      ))}
    </>
  );
}
