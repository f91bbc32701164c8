import { EDITION_LABELS, EDITIONS } from '../../../shared/export/export-file-name';
import type { ExportOptions } from '../../../shared/export/export-options';
import { FONT_PROFILES } from '../../../shared/export/font-profiles';

/** The choices of an export: which edition, which fonts, and the two local customs. */
export function ExportOptionsForm({
  options,
  onChange,
}: {
  options: ExportOptions;
  onChange: (options: ExportOptions) => void;
}) {
  const set = (change: Partial<ExportOptions>) => onChange({ ...options, ...change });
  return (
    <div className="export-options-form">
      <fieldset>
        <legend>文本</legend>
        {EDITIONS.map((edition) => (
          <label key={edition}>
            <input
              type="radio"
              name="edition"
              checked={options.edition === edition}
              onChange={() => set({ edition })}
            />
            {EDITION_LABELS[edition]}
            <span className="option-hint">
              {edition === 'submission' ? '报送上级，含主送机关' : '在政府网站公开，不含主送机关和印章'}
            </span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>字体</legend>
        {Object.values(FONT_PROFILES).map((profile) => (
          <label key={profile.key}>
            <input
              type="radio"
              name="profile"
              checked={options.profile === profile.key}
              onChange={() => set({ profile: profile.key })}
            />
            {profile.name}
            <span className="option-hint">
              {profile.key === 'standard' ? '方正小标宋简体、仿宋_GB2312 等' : 'Windows 自带的宋体、仿宋、楷体'}
            </span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>版式</legend>
        <label>
          <input
            type="checkbox"
            checked={options.boldLevel3}
            onChange={(event) => set({ boldLevel3: event.target.checked })}
          />
          三级标题加粗
        </label>
        <label>
          <input
            type="checkbox"
            disabled={options.edition === 'public'}
            checked={options.sealed && options.edition === 'submission'}
            onChange={(event) => set({ sealed: event.target.checked })}
          />
          加盖印章版式
          <span className="option-hint">成文日期右空四字，署名居中其上，留出盖章位置</span>
        </label>
      </fieldset>
    </div>
  );
}
