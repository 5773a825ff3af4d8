// The shape of one year of mainland China's public holidays, as the State
// Council's General Office announces them (国务院办公厅关于…部分节假日安排的通知).

export interface HolidaySource {
  /** The notice's title, as published. */
  title: string;
  /** Its document number (文号), when the published text gives it. */
  docNo?: string;
  /** The date the notice is signed, YYYY-MM-DD. */
  date: string;
  /** Where the text can be read. */
  url: string;
}

export interface HolidayYear {
  year: number;
  source: HolidaySource;
  /** Each holiday as the notice words it: its name and first and last day off (YYYY-MM-DD). */
  holidays: readonly { name: string; from: string; to: string }[];
  /** Weekend days that are working days (调休上班), YYYY-MM-DD. */
  workdays: readonly string[];
}
