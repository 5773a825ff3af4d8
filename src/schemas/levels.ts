/** The three levels of the sources: 优秀 / 合格 / 不合格. (No zod here: the browser engine imports it.) */
export const LEVELS = ['优秀', '合格', '不合格'] as const;
export type Level = (typeof LEVELS)[number];
