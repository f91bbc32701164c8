/** The fonts a document names for each role; WPS or Word use them where they are installed. */
export interface FontProfile {
  key: 'standard' | 'system';
  name: string;
  title: string;
  /** 一、 */
  heading1: string;
  /** （一） */
  heading2: string;
  body: string;
  pageNumber: string;
  /** A system profile's title font has no heavy weight of its own. */
  titleBold: boolean;
}

/** 标准公文字体 needs the official fonts installed; 系统自带字体 uses what plain Windows 10 has. */
export const FONT_PROFILES: Record<FontProfile['key'], FontProfile> = {
  standard: {
    key: 'standard',
    name: '标准公文字体',
    title: '方正小标宋简体',
    heading1: '黑体',
    heading2: '楷体_GB2312',
    body: '仿宋_GB2312',
    pageNumber: '宋体',
    titleBold: false,
  },
  system: {
    key: 'system',
    name: '系统自带字体',
    title: '宋体',
    heading1: '黑体',
    heading2: '楷体',
    body: '仿宋',
    pageNumber: '宋体',
    titleBold: true,
  },
};

/** The distinct font names a document uses, for the export dialog and the CLI to say. */
export function fontNames(profile: FontProfile): string[] {
  return [
    ...new Set([
      profile.title,
      profile.heading1,
      profile.heading2,
      profile.body,
      profile.pageNumber,
      'Times New Roman',
    ]),
  ];
}
