import { Fragment, type ReactNode } from 'react';

/** Runs of Chinese characters and their punctuation. */
const CJK = /([\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]+)/;

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
