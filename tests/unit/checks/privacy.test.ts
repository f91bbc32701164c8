import { describe, expect, it } from 'vitest';
import { matchedBy, measuresDoc } from './report-doc';

const names = (...paragraphs: string[]) => matchedBy(measuresDoc(...paragraphs), 'privacy');

describe('privacy: named people and contact details', () => {
  it('takes no role or firm for a name', () => {
    expect(
      names(
        '全局配备公职律师3名，另聘请法律顾问律师1名。',
        '重大决策均由律师事务所的律师出具法律意见。',
        '聘请某某律师事务所担任常年法律顾问，外部律师参与合同审查12份。',
        '对拖欠工资的培训机构发出律师函2份，组织执业律师、兼职律师开展咨询。',
        '全体同志参加学法考试，老同志、年轻同志均取得合格成绩，优秀班主任和任课老师代表发言。',
        '聘请金诚律师事务所开展合法性审查，高级律师团队提供服务。',
      ),
    ).toEqual([]);
  });

  it('finds a surname with a given name before 律师, 同志 or 老师', () => {
    expect(names('我局外聘陈立新律师为法律顾问，由刘芳老师讲授民法典。')).toEqual(['陈立新律师', '刘芳老师']);
  });

  it('finds a contact person and the phone numbers on a contact line', () => {
    const found = names('联系人：李明，电话：0371-12345678；联系人：赵晓红，联系电话：13812345678。');
    expect(found).toEqual(['李明', '0371-12345678', '赵晓红', '13812345678']);
  });

  it('takes a surname with a title after 联系人： for no name', () => {
    expect(names('联系人：王老师，联系人：刘主任。')).toEqual([]);
  });

  it('finds a local phone number written after 电话 without an area code', () => {
    expect(names('咨询电话：6612345。')).toEqual(['6612345']);
  });

  it('leaves the hotline and ordinary figures alone', () => {
    expect(names('畅通12345政务服务热线，全年办理工单2023件，涉及学生13000余人。')).toEqual([]);
  });
});
