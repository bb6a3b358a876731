<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../ui/judge/project_model.py" line="+101"/>
        <location filename="../../ui/judge/summary_model.py" line="+102"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/console/column_preview.py" line="+31"/>
        <location filename="../../ui/console/paper_model.py" line="+133"/>
        <location filename="../../ui/console/projects_model.py" line="+30"/>
        <location filename="../../ui/judge/project_model.py" line="+0"/>
        <location filename="../../ui/judge/summary_model.py" line="-6"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/console/preflight_model.py" line="+66"/>
        <location filename="../../ui/console/projects_model.py" line="+1"/>
        <location filename="../../ui/judge/project_model.py" line="+0"/>
        <location filename="../../ui/judge/summary_model.py" line="+2"/>
        <source>Title</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/console/projects_model.py" line="+1"/>
        <location filename="../../ui/judge/project_model.py" line="+0"/>
        <source>Unit</source>
        <translation>申报单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/console/projects_model.py" line="+1"/>
        <location filename="../../ui/judge/project_model.py" line="+0"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/console/projects_model.py" line="+1"/>
        <source>Presenter</source>
        <translation>汇报人</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/console/projects_categories.py" line="+24"/>
        <location filename="../../ui/console/projects_model.py" line="+1"/>
        <source>Order</source>
        <translation>顺序</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/console/projects_model.py" line="+1"/>
        <source>Summary</source>
        <translation>项目简介</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../ui/console/inputs_model.py" line="+75"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ui/judge/project_model.py" line="-54"/>
        <source>Not scored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft, not submitted</source>
        <translation>草稿，未提交</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recused</source>
        <translation>回避</translation>
    </message>
    <message>
        <location filename="../../ui/judge/session.py" line="+35"/>
        <source>Score %1 %2</source>
        <translation>评分 %1 %2</translation>
    </message>
    <message>
        <location filename="../../ui/judge/summary_model.py" line="+4"/>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Out of {0}</source>
        <translation>满分 {0}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Recused (回避): {0}</source>
        <translation>回避：{0}</translation>
    </message>
    <message>
        <location filename="../../ui/console/collect_texts.py" line="+29"/>
        <source>No score files or paper sheets were found there.</source>
        <translation>该位置没有找到评分文件或纸质评分表。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing new.</source>
        <translation>没有新文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added 1 file.</source>
        <translation>已添加 1 个文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added {0} files.</source>
        <translation>已添加 {0} 个文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} already collected (identical files are kept once).</source>
        <translation>{0} 个已收集过（相同文件只保留一份）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} could not be collected.</source>
        <translation>{0} 个无法收集。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0} — already collected, the same file as {1}</source>
        <translation>{0} — 已收集，与 {1} 为同一文件</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} — not collected: {1}</source>
        <translation>{0} — 未收集：{1}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>… and {0} more</source>
        <translation>……另有 {0} 个</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The event package cannot be read: {0}</source>
        <translation>无法读取活动数据包：{0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No event package yet: the merge needs the package the judges scored with (page Package).</source>
        <translation>尚无活动数据包：汇总需要评委评分时所用的数据包（见“数据包”页）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not merged: {0}</source>
        <translation>未汇总：{0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing collected yet.</source>
        <translation>尚未收集任何文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merging…</source>
        <translation>正在汇总…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Package {0}. Inputs: {1}.</source>
        <translation>数据包 {0}。已收集：{1}。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The event was changed after this package was exported; the merge uses the package&apos;s event and rules. Export the package again and hand it out.</source>
        <translation>数据包导出后评审活动又被修改过；汇总仍使用数据包中的活动信息和规则。请重新导出数据包并分发给评委。</translation>
    </message>
    <message>
        <location filename="../../ui/console/completeness_model.py" line="+43"/>
        <location filename="../../ui/console/completeness_view.py" line="+59"/>
        <source>scored</source>
        <translation>已评分</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/console/completeness_view.py" line="+1"/>
        <location filename="../../ui/console/inputs_model.py" line="-29"/>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/console/completeness_view.py" line="+1"/>
        <source>recused</source>
        <translation>回避</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conflict: scored though recused, not counted</source>
        <translation>冲突：应回避却已评分，不计入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not this judge&apos;s category</source>
        <translation>不属于该评委负责的类别</translation>
    </message>
    <message>
        <location filename="../../ui/console/completeness_view.py" line="-21"/>
        <source>The matrix appears once the collected inputs are merged.</source>
        <translation>汇总已收集的文件后显示此矩阵。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not assigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <location filename="../../ui/console/inputs_model.py" line="-7"/>
        <source>counted (chosen)</source>
        <translation>计入（指定）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>counted</source>
        <translation>计入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>superseded</source>
        <translation>已被新版本取代</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duplicate</source>
        <translation>重复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>excluded</source>
        <translation>已排除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation>已拒收</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not merged yet</source>
        <translation>尚未汇总</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>score file</source>
        <translation>评分文件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>paper sheet</source>
        <translation>纸质评分表</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(unreadable)</source>
        <translation>（无法读取）</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../ui/console/paper_entry.py" line="+97"/>
        <location filename="../../ui/console/problems_view.py" line="+76"/>
        <source>Judge</source>
        <translation>评委</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verification code</source>
        <translation>校验码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revision</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/console/preflight_model.py" line="+0"/>
        <location filename="../../ui/console/problems_view.py" line="+0"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/console/paper_entry.py" line="-16"/>
        <source>Type a paper sheet</source>
        <translation>录入纸质评分表</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your name, as the audit trail should keep it</source>
        <translation>您的姓名（将记入操作记录）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pass 1 (first clerk)</source>
        <translation>第 1 遍（第一位录入员）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pass 2 (second clerk)</source>
        <translation>第 2 遍（第二位录入员）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Clerk</source>
        <translation>录入员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass</source>
        <translation>录入遍次</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Use this sheet</source>
        <translation>采用此评分表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the two passes disagree</source>
        <translation>两遍录入不一致</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>off the rubric (see the tooltip)</source>
        <translation>不符合评分标准（见提示）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>recused (回避)</source>
        <translation>回避</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Type your name first: the audit trail keeps who typed each cell.</source>
        <translation>请先输入您的姓名：操作记录会保存每个单元格由谁录入。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} typed pass {1}: the other pass must be typed by another clerk.</source>
        <translation>{0} 已录入第 {1} 遍：另一遍须由另一位录入员录入。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Pass {0}: typed by {1}</source>
        <translation>第 {0} 遍：由 {1} 录入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pass {0}: not typed yet</source>
        <translation>第 {0} 遍：尚未录入</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>1 cell is off the rubric: </source>
        <translation>1 个单元格不符合评分标准： </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} cells are off the rubric: </source>
        <translation>{0} 个单元格不符合评分标准： </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Both clerks type the sheet; then the differences are shown here.</source>
        <translation>两位录入员分别录入此表后，差异将在此显示。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 cell disagrees (marked; its tooltip shows both values).</source>
        <translation>1 个单元格不一致（已标出，提示中显示两遍的值）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} cells disagree (marked; their tooltips show both values).</source>
        <translation>{0} 个单元格不一致（已标出，提示中显示两遍的值）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The passes agree, but the same clerk typed both.</source>
        <translation>两遍录入一致，但均由同一位录入员录入。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two passes agree, and this sheet counts.</source>
        <translation>两遍录入一致，此评分表已计入。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The two passes agree. The sheet changed since it was used: use it again.</source>
        <translation>两遍录入一致。此评分表在采用后有改动：请重新采用。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The two passes agree.</source>
        <translation>两遍录入一致。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The sheet counts now ({0}); merging again…</source>
        <translation>此评分表现已计入（{0}），正在重新汇总…</translation>
    </message>
    <message>
        <location filename="../../ui/console/paper_model.py" line="+2"/>
        <location filename="../../ui/console/preflight_model.py" line="+0"/>
        <location filename="../../ui/console/problems_view.py" line="+0"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comment</source>
        <translation>评语</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Recused (回避): this judge does not score this project</source>
        <translation>回避：该评委不为此项目评分</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pass 1: {0} · Pass 2: {1}</source>
        <translation>第 1 遍：{0} · 第 2 遍：{1}</translation>
    </message>
    <message>
        <location filename="../../ui/console/preflight_model.py" line="-27"/>
        <source>not shown to judges</source>
        <translation>不会向评委显示</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>image</source>
        <translation>图片</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The judge app shows PDF files and images only; convert it to PDF.</source>
        <translation>评委端只能显示 PDF 文件和图片，请将其转换为 PDF。</translation>
    </message>
    <message>
        <location filename="../../ui/console/preflight_pages.py" line="+29"/>
        <source>damaged image</source>
        <translation>图片已损坏</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the PDF has no pages</source>
        <translation>该 PDF 没有页面</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file cannot be opened</source>
        <translation>无法打开该文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>damaged PDF</source>
        <translation>PDF 已损坏</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>protected by a password</source>
        <translation>受密码保护</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the PDF cannot be read</source>
        <translation>无法读取该 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/console/problems_view.py" line="-37"/>
        <location line="+1"/>
        <source>Another event</source>
        <translation>其他评审活动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another package</source>
        <translation>其他数据包</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed after export</source>
        <translation>导出后被改动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown judge</source>
        <translation>未知评委</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown project</source>
        <translation>未知项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown dimension</source>
        <translation>未知评分维度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excluded</source>
        <translation>已排除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate</source>
        <translation>重复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Older revision</source>
        <translation>旧版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judge missing</source>
        <translation>缺少评委</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing score</source>
        <translation>缺少评分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not submitted</source>
        <translation>未提交</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incomplete score</source>
        <translation>评分不完整</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score off the rubric</source>
        <translation>评分不符合评分标准</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bad paper sheet</source>
        <translation>纸质评分表有误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recused pair scored</source>
        <translation>应回避却已评分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outside the judge&apos;s categories</source>
        <translation>超出该评委负责的类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No scores</source>
        <translation>无评分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tie at the cut-off</source>
        <translation>入选线处并列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Damaged file</source>
        <translation>文件已损坏</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a score file</source>
        <translation>不是评分文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newer format</source>
        <translation>格式版本较新</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too large</source>
        <translation>文件过大</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unreadable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File not found</source>
        <translation>找不到文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unprintable characters</source>
        <translation>含无法打印的字符</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Message</source>
        <translation>说明</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Exclude this input</source>
        <translation>排除此文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include again</source>
        <translation>重新计入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count this revision instead</source>
        <translation>改为计入此版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to newest</source>
        <translation>恢复计入最新版本</translation>
    </message>
    <message>
        <location filename="../../ui/console/projects_categories.py" line="+0"/>
        <location filename="../../ui/console/rubric_model.py" line="+29"/>
        <source>Key</source>
        <translation>代码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>category {0}: {1}</source>
        <translation>类别 {0}：{1}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>categories: add a category</source>
        <translation>类别：添加类别</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>categories: remove {0}</source>
        <translation>类别：删除 {0}</translation>
    </message>
    <message>
        <location filename="../../ui/console/projects_model.py" line="+61"/>
        <source>project {0}: {1}</source>
        <translation>项目 {0}：{1}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>projects: add a project</source>
        <translation>项目：添加项目</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>projects: remove {0}</source>
        <translation>项目：删除 {0}</translation>
    </message>
    <message>
        <location filename="../../ui/console/rubric_model.py" line="+1"/>
        <source>Name (Chinese)</source>
        <translation>名称（中文）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (English)</source>
        <translation>名称（英文）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max</source>
        <translation>满分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step</source>
        <translation>步长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guidance bands</source>
        <translation>评分档次</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Bands as &apos;label low-high&apos;, separated by &apos;;&apos; — e.g. 优 27-30; 良 21-26.5</source>
        <translation>档次按“名称 下限-上限”填写，以“;”分隔，例如：优 27-30; 良 21-26.5</translation>
    </message>
</context>
<context>
    <name>Breakdown</name>
    <message>
        <location filename="../../ui/console/results_breakdown.py" line="+50"/>
        <source>Choose a project in the table to see its judges&apos; scores.</source>
        <translation>在表中选择一个项目，查看各评委的评分。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; {1} — final &lt;b&gt;{2}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; {1} — 最终得分 &lt;b&gt;{2}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No counted score: the project is not ranked.</source>
        <translation>没有计入的评分：该项目不参与排名。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Each dimension is aggregated on its own; the final is their sum: {0} = {1}.</source>
        <translation>各评分维度分别汇总，最终得分为各维度之和：{0} = {1}。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Counted totals ({0}): {1} = {2}; {2} ÷ {0} → {3} (rounded half up).</source>
        <translation>计入的总分（{0} 个）：{1} = {2}；{2} ÷ {0} → {3}（四舍五入）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Counted totals ({0}): {1}; final {2}.</source>
        <translation>计入的总分（{0} 个）：{1}；最终得分 {2}。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not a middle value: {0}.</source>
        <translation>非中间值：{0}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dropped: {0}.</source>
        <translation>去掉：{0}。</translation>
    </message>
</context>
<context>
    <name>BreakdownModel</name>
    <message>
        <location filename="../../ui/console/breakdown_model.py" line="+42"/>
        <source>Judge</source>
        <translation>评委</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Counted</source>
        <translation>是否计入</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>missing: no score</source>
        <translation>缺失：无评分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>conflict of interest: not counted</source>
        <translation>应回避：不计入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dropped</source>
        <translation>去掉</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not a middle value</source>
        <translation>非中间值</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dropped in {0}</source>
        <translation>在{0}中去掉</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>counted</source>
        <translation>计入</translation>
    </message>
</context>
<context>
    <name>CollectPage</name>
    <message>
        <location filename="../../ui/console/pages/collect.py" line="+60"/>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add folder…</source>
        <translation>添加文件夹…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A whole USB stick: every score file and paper sheet in it</source>
        <translation>整个 U 盘：收集其中所有评分文件和纸质评分表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a paper sheet…</source>
        <translation>录入纸质评分表…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>or drop files and folders here</source>
        <translation>或将文件和文件夹拖放到此处</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Exclude</source>
        <translation>排除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include again</source>
        <translation>重新计入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count this revision instead</source>
        <translation>改为计入此版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to newest</source>
        <translation>恢复计入最新版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+197"/>
        <source>Remove input</source>
        <translation>移除此文件</translation>
    </message>
    <message>
        <location line="-188"/>
        <source>Inputs</source>
        <translation>已收集</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Completeness</source>
        <translation>完整性</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Add score files and paper sheets</source>
        <translation>添加评分文件和纸质评分表</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Score files and paper sheets ({0})</source>
        <translation>评分文件和纸质评分表 ({0})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a folder (a whole USB stick)</source>
        <translation>添加文件夹（整个 U 盘）</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+1"/>
        <source>Collecting…</source>
        <translation>正在收集…</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Collecting was stopped; {0} files collected so far are kept.</source>
        <translation>收集已停止；已收集的 {0} 个文件予以保留。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Inputs ({0})</source>
        <translation>已收集（{0}）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Problems ({0})</source>
        <translation>问题（{0}）</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The only input that counts cannot be excluded: the merge would have nothing left. Remove it instead.</source>
        <translation>唯一计入的输入不能排除：否则汇总将无可计入的内容。请改为移除该输入。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Excluded {0}.</source>
        <translation>已排除 {0}。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Included {0} again.</source>
        <translation>已重新计入 {0}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}: this revision counts now.</source>
        <translation>{0}：现计入此版本。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}: the newest input counts again.</source>
        <translation>{0}：重新计入最新版本。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove {0} ({1}) from the collected inputs?</source>
        <translation>从已收集的文件中移除 {0}（{1}）吗？</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Removed {0}.</source>
        <translation>已移除 {0}。</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <location filename="../../ui/console/column_mapping.py" line="+67"/>
        <source>Import projects from a sheet</source>
        <translation>从表格导入项目</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add them to the current projects</source>
        <translation>添加到现有项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the current projects</source>
        <translation>替换现有项目</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sheet: {0} ({1} rows)</source>
        <translation>工作表：{0}（{1} 行）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Header in row</source>
        <translation>表头所在行</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Which column holds what</source>
        <translation>各列内容</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The projects already in the event</source>
        <translation>活动中已有的项目</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The sheet&apos;s first rows</source>
        <translation>表格的前几行</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What will be imported</source>
        <translation>将导入的内容</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>— not in the sheet —</source>
        <translation>— 表格中没有 —</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Choose the column of: {0}</source>
        <translation>选择“{0}”所在的列</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{0} project(s) will be imported.</source>
        <translation>将导入 {0} 个项目。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} row(s) are not imported (red).</source>
        <translation>{0} 行不会导入（红色）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} row(s) have problems to fix in the table after importing (yellow).</source>
        <translation>{0} 行有问题，需在导入后于表中修正（黄色）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New categories: {0}.</source>
        <translation>新类别：{0}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No category column: choose each project&apos;s category after.</source>
        <translation>没有类别列：请在导入后为每个项目选择类别。</translation>
    </message>
</context>
<context>
    <name>ConflictMatrixModel</name>
    <message>
        <location filename="../../ui/console/conflict_matrix.py" line="+183"/>
        <source>Conflict: {0}</source>
        <translation>回避：{0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflict with every project of this unit: {0}</source>
        <translation>回避该单位的全部项目：{0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conflict with {0} of the unit&apos;s {1} projects</source>
        <translation>回避该单位 {1} 个项目中的 {0} 个</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Outside the judge&apos;s categories</source>
        <translation>超出该评委负责的类别</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Suggested: the judge&apos;s affiliation “{0}” is the unit “{1}”</source>
        <translation>建议回避：评委所在单位“{0}”即申报单位“{1}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested: the judge&apos;s affiliation “{0}” names the unit “{1}”</source>
        <translation>建议回避：评委所在单位“{0}”提及申报单位“{1}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested: the judge&apos;s affiliation “{0}” is part of the unit “{1}”</source>
        <translation>建议回避：评委所在单位“{0}”隶属于申报单位“{1}”</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <location filename="../../ui/console/window.py" line="+56"/>
        <source>Event</source>
        <translation>评审活动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rubric</source>
        <translation>评分标准</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judges and conflicts</source>
        <translation>评委与回避</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Package</source>
        <translation>数据包</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collect</source>
        <translation>收集评分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>PanelScore — Secretariat</source>
        <translation>评审打分 — 秘书处</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+12"/>
        <source>Load the &amp;demo event</source>
        <translation>载入演示活动(&amp;D)</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>No event yet. Import the office&apos;s event workbook on the Projects page, fill in the pages one by one, or start with the demo event.</source>
        <translation>尚无评审活动。请在“项目”页导入办公室提供的活动工作簿，或逐页填写，或先载入演示活动。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Switch to &amp;judge workspace</source>
        <translation>切换到评委端(&amp;J)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Load the demo event</source>
        <translation>载入演示活动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This replaces the event being prepared. Continue?</source>
        <translation>这将替换正在准备的评审活动。是否继续？</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Building the demo event…</source>
        <translation>正在生成演示活动…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Demo event loaded</source>
        <translation>演示活动已载入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The judges&apos; score files of the demo are in {0}; collect them on the Collect page.</source>
        <translation>演示活动的评委评分文件位于 {0}，请在“收集评分”页面收集。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The change could not be saved ({0}). Is the disk full? The page shows what is saved.</source>
        <translation>修改未能保存（{0}）。磁盘是否已满？页面显示的是已保存的内容。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>PanelScore</source>
        <translation>评审打分</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Merging the score files…</source>
        <translation>正在汇总评分文件…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The merge was cancelled.</source>
        <translation>已取消汇总。</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <location filename="../../widgets/countdown.py" line="+101"/>
        <source>Time remaining</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>Next phase</source>
        <translation>下一环节</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset timer</source>
        <translation>重置计时</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Durations…</source>
        <translation>时长…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit durations</source>
        <translation>设置时长</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Presentation timer</source>
        <translation>汇报答辩计时器</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Presentation · %1 min</source>
        <translation>汇报 · %1 分钟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Q&amp;A · %1 min</source>
        <translation>答辩 · %1 分钟</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <location filename="../../ui/app.py" line="+163"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong</source>
        <translation>程序出错</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong; your scores are saved. Details were written to {0}.</source>
        <translation>程序出现错误，您的评分已保存。详细信息已写入 {0}。</translation>
    </message>
</context>
<context>
    <name>DimensionInput</name>
    <message>
        <location filename="../../widgets/dimension_input.py" line="+167"/>
        <source>{name} ({maximum})</source>
        <translation>{name}（满分 {maximum}）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{name} score</source>
        <translation>{name}得分</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>0 to {maximum} in steps of {step}. {guidance}</source>
        <translation>0 至 {maximum} 分，以 {step} 分为单位。{guidance}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear this score (not scored yet)</source>
        <translation>清除此项得分（恢复为未评分）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear {name}</source>
        <translation>清除{name}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Set {value}</source>
        <translation>设为 {value}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name} slider</source>
        <translation>{name}滑块</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most {maximum}: not saved</source>
        <translation>不能超过 {maximum} 分，未保存</translation>
    </message>
</context>
<context>
    <name>DurationsDialog</name>
    <message>
        <location filename="../../widgets/countdown.py" line="-214"/>
        <source>Timer durations</source>
        <translation>计时时长</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Presentation minutes</source>
        <translation>汇报时长（分钟）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Q&amp;A minutes</source>
        <translation>答辩时长（分钟）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Presentation:</source>
        <translation>汇报(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Q&amp;&amp;A:</source>
        <translation>答辩(&amp;Q)：</translation>
    </message>
</context>
<context>
    <name>EventPage</name>
    <message>
        <location filename="../../ui/console/pages/event.py" line="+105"/>
        <source>Event</source>
        <translation>评审活动</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. 2024 reform projects review</source>
        <translation>例如：2024 年改革项目评审</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar…</source>
        <translation>日历…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick the date from a calendar</source>
        <translation>从日历中选择日期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Venue</source>
        <translation>地点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organiser</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The language of the reports and the rules sentence</source>
        <translation>报告及规则说明所用的语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report language</source>
        <translation>报告语言</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Presentation timer</source>
        <translation>汇报计时</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Q&amp;&amp;A timer</source>
        <translation>答辩计时</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ranking rules</source>
        <translation>排名规则</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trimmed mean (drop highest and lowest)</source>
        <translation>去掉最高分和最低分后取平均</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean of all judges</source>
        <translation>全体评委平均</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Z-score (standardised per judge)</source>
        <translation>Z 分数（按评委标准化）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop highest and lowest</source>
        <translation>去掉最高分和最低分</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> each</source>
        <translation> 个</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trim only with at least</source>
        <translation>评委人数至少为</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> judges</source>
        <translation> 人时才去掉</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Judges&apos; totals</source>
        <translation>评委总分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each dimension separately</source>
        <translation>各评分维度分别计算</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Basis</source>
        <translation>计算依据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decimal places</source>
        <translation>小数位数</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tie-break order</source>
        <translation>并列时的比较顺序</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Selection (top N)</source>
        <translation>入选名额（前 N 名）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> per category</source>
        <translation> 个/类别</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Flag deviations over</source>
        <translation>标出偏差超过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> points</source>
        <translation> 分</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The rules in one sentence, as the reports print them</source>
        <translation>规则说明（报告中打印的一句话）</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>&apos;{0}&apos; is not a dimension of the rubric</source>
        <translation>“{0}”不是评分标准中的维度</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>not a date like 2024-05-20; the reports print it as typed</source>
        <translation>不是 2024-05-20 这样的日期；报告将按输入原样打印</translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <location filename="../../ui/console/event_table_model.py" line="+141"/>
        <source>Not saved: {0}</source>
        <translation>未保存：{0}</translation>
    </message>
</context>
<context>
    <name>FinishDialog</name>
    <message>
        <location filename="../../ui/judge/finish.py" line="+53"/>
        <source>Finish — {0}</source>
        <translation>完成评审 — {0}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Go to project</source>
        <translation>转到项目(&amp;G)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>1 · Check your scores</source>
        <translation>1 · 核对评分</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Double-click a project to go back to it.</source>
        <translation>双击项目可返回修改。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>2 · Sign</source>
        <translation>2 · 签名</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>⚠ {0} of {1} projects are not submitted; only submitted scores count.</source>
        <translation>⚠ {1} 个项目中有 {0} 个尚未提交；只有已提交的评分计入结果。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Drafts ({0}): {1}</source>
        <translation>草稿（{0} 个）：{1}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not scored ({0}): {1}</source>
        <translation>未评分（{0} 个）：{1}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>✓ All {0} projects are submitted.</source>
        <translation>✓ 全部 {0} 个项目均已提交。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recused, not yours to score: {0}</source>
        <translation>回避（您不参与评分）：{0}</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <location filename="../../ui/judge/first_run.py" line="+34"/>
        <source>Import the event package from the USB stick (or drop the .pspkg file here).</source>
        <translation>请从 U 盘导入活动数据包（或将 .pspkg 文件拖放到此处）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import event package…</source>
        <translation>导入活动数据包(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the &amp;demo event</source>
        <translation>打开演示活动(&amp;D)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>I am</source>
        <translation>我是</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Start scoring</source>
        <translation>开始评分(&amp;S)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Package code (compare with the one read aloud):</source>
        <translation>数据包编码（请与现场宣读的编码核对）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I am:</source>
        <translation>我是：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN:</source>
        <translation>密码(PIN)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN again:</source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Import event package</source>
        <translation>导入活动数据包</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>PanelScore event package (*.pspkg)</source>
        <translation>PanelScore 活动数据包 (*.pspkg)</translation>
    </message>
</context>
<context>
    <name>JudgeMenus</name>
    <message>
        <location filename="../../ui/judge/menus.py" line="+26"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import event package…</source>
        <translation>导入活动数据包(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export score file…</source>
        <translation>导出评分文件(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish…</source>
        <translation>完成评审(&amp;F)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Switch to the &amp;secretariat console</source>
        <translation>切换到秘书处端(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Project</source>
        <translation>项目(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next project</source>
        <translation>下一个项目(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Previous project</source>
        <translation>上一个项目(&amp;P)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Submit</source>
        <translation>提交(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Revise…</source>
        <translation>修改(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Full-screen materials</source>
        <translation>全屏查看材料(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set &amp;PIN…</source>
        <translation>设置 PIN(&amp;P)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Timer</source>
        <translation>计时(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Start or pause</source>
        <translation>开始/暂停(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next phase</source>
        <translation>下一环节(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reset</source>
        <translation>重置(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Durations…</source>
        <translation>时长(&amp;D)…</translation>
    </message>
</context>
<context>
    <name>JudgeWindow</name>
    <message>
        <location filename="../../ui/judge/window.py" line="+78"/>
        <source>PanelScore — Judge</source>
        <translation>评审打分 — 评委端</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>This project has no materials.</source>
        <translation>本项目暂无材料。</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submit the scores of {0}? After submission a change needs a reason.</source>
        <translation>确定提交项目 {0} 的评分吗？提交后如需修改，须填写修改原因。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Revise</source>
        <translation>修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why are you changing a submitted score? (kept in the record)</source>
        <translation>请填写修改已提交评分的原因（将记录在案）：</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Export score file to (e.g. the USB stick)</source>
        <translation>选择评分文件的导出位置（如 U 盘）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Score file exported</source>
        <translation>评分文件已导出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;Saved to {0}&lt;/p&gt;&lt;p&gt;Verification code:&lt;/p&gt;&lt;h1&gt;{1}&lt;/h1&gt;</source>
        <translation>&lt;p&gt;已保存到 {0}&lt;/p&gt;&lt;p&gt;校验码：&lt;/p&gt;&lt;h1&gt;{1}&lt;/h1&gt;</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The lock needs a PIN: set one with View → Set PIN…</source>
        <translation>锁定需要 PIN：请用“视图 → 设置 PIN…”设置</translation>
    </message>
</context>
<context>
    <name>JudgesModel</name>
    <message>
        <location filename="../../ui/console/judges_model.py" line="+47"/>
        <source>the name is empty</source>
        <translation>姓名为空</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Affiliation</source>
        <translation>所在单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>顺序</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Category keys separated by commas; empty = every category</source>
        <translation>类别代码，以逗号分隔；留空表示全部类别</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Scores every category</source>
        <translation>为全部类别评分</translation>
    </message>
</context>
<context>
    <name>JudgesPage</name>
    <message>
        <location filename="../../ui/console/pages/judges.py" line="+58"/>
        <source>Judges</source>
        <translation>评委</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add judge</source>
        <translation>添加评委</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove selected</source>
        <translation>删除所选</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Conflicts of interest</source>
        <translation>回避关系</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>By project</source>
        <translation>按项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By unit</source>
        <translation>按单位</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Click a cell or press Space to add or remove a conflict. ✕ conflict · ? suggested from the affiliation · grey: outside the judge&apos;s categories. A conflict by unit covers every project of the unit.</source>
        <translation>单击单元格或按空格键添加或取消回避。✕ 回避 · ? 根据所在单位建议回避 · 灰色：超出该评委负责的类别。按单位回避涵盖该单位的全部项目。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Remove these conflicts</source>
        <translation>删除这些回避关系</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Accept all suggestions ({0})</source>
        <translation>接受全部建议（{0}）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Row {0}, {1}: {2}</source>
        <translation>第 {0} 行，{1}：{2}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>These conflicts do not fit the event and are not shown above:</source>
        <translation>以下回避关系与本活动不符，未在上方显示：</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Select the judges to remove first.</source>
        <translation>请先选择要删除的评委。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove {0} and their conflicts?</source>
        <translation>删除 {0} 及其回避关系吗？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove judges</source>
        <translation>删除评委</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Conflict removed.</source>
        <translation>已取消回避。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This conflict covers every project of {0}; remove it in the view by unit.</source>
        <translation>此回避涵盖 {0} 的全部项目；请在“按单位”视图中取消。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} does not score {1}.
Reason (optional):</source>
        <translation>{0} 回避 {1}。
原因（选填）：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a conflict</source>
        <translation>添加回避</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Conflict saved.</source>
        <translation>回避已保存。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Affiliation: {0}</source>
        <translation>所在单位：{0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0} suggested conflicts added.</source>
        <translation>已添加 {0} 条建议的回避。</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../widgets/lock_screen.py" line="+48"/>
        <source>Workspace locked</source>
        <translation>评分界面已锁定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+1"/>
        <source>PIN</source>
        <translation>密码(PIN)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unlock message</source>
        <translation>解锁提示</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Judge: %1</source>
        <translation>评委：%1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Wrong PIN</source>
        <translation>密码错误</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Too many wrong PINs; try again in {0} s</source>
        <translation>PIN 错误次数过多，请 {0} 秒后再试</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the PIN again</source>
        <translation>请重新输入 PIN</translation>
    </message>
</context>
<context>
    <name>MaterialsViewer</name>
    <message>
        <location filename="../../widgets/materials_viewer.py" line="+49"/>
        <source>No materials to show.</source>
        <translation>暂无可显示的材料。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>−</source>
        <comment>zoom out button</comment>
        <translation>−</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>+</source>
        <comment>zoom in button</comment>
        <translation>+</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit page</source>
        <translation>适合页面</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Full screen (F11)</source>
        <translation>全屏（F11）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Materials</source>
        <translation>材料</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Page</source>
        <translation>页码</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Material pages</source>
        <translation>材料页面</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Material image</source>
        <translation>材料图片</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>This project has no materials.</source>
        <translation>本项目暂无材料。</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>the file is not a readable image.</source>
        <translation>文件不是可读取的图片。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>files of this kind cannot be displayed here.</source>
        <translation>此处无法显示该类型的文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This material cannot be shown: {reason}</source>
        <translation>无法显示此材料：{reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the PDF is protected by a password.</source>
        <translation>该 PDF 文件受密码保护。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the PDF is locked.</source>
        <translation>该 PDF 文件已被锁定。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is not a readable PDF.</source>
        <translation>文件不是可读取的 PDF。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source> / {count}</source>
        <translation> / {count}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{percent} %</source>
        <translation>{percent}%</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../scoring/message_catalogue.py" line="+43"/>
        <source>the file is damaged or incomplete (was the USB stick pulled out while it was copied?)</source>
        <translation>文件已损坏或不完整（复制时 U 盘是否被拔出了？）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file does not exist</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a {0}</source>
        <translation>不是 {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is too large for a {0} ({1} MB)</source>
        <translation>文件过大（{1} MB），不可能是 {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot read the file ({0})</source>
        <translation>无法读取文件（{0}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a {0} (wrong kind of file)</source>
        <translation>不是 {0}（文件类型不对）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>made by a newer PanelScore (format version {0}; this one reads up to {1}): update PanelScore on this computer</source>
        <translation>由较新版本的 PanelScore 生成（格式版本 {0}，本程序最高只能读取版本 {1}）：请在这台电脑上更新 PanelScore</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>this workspace was last used by a newer PanelScore; update PanelScore on this computer (unknown schema step {0})</source>
        <translation>此工作区上次由较新版本的 PanelScore 使用；请在这台电脑上更新 PanelScore（未知的数据库升级步骤 {0}）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>this {0} was last used by a newer PanelScore; update PanelScore on this computer</source>
        <translation>此{0}上次由较新版本的 PanelScore 使用；请在这台电脑上更新 PanelScore</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this is a folder; choose the {0} file</source>
        <translation>这是一个文件夹；请选择{0}文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is no {0} file here</source>
        <translation>此处没有{0}文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the {0} cannot be opened ({1})</source>
        <translation>无法打开{0}（{1}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is larger than {0} MB; is this the right {1}?</source>
        <translation>文件大于 {0} MB；这是正确的{1}吗？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this is an old Excel 97–2003 (.xls) file or a password-protected workbook; save it in Excel as an unprotected Excel Workbook (.xlsx)</source>
        <translation>这是旧版 Excel 97–2003（.xls）文件或受密码保护的工作簿；请在 Excel 中另存为不加密的 Excel 工作簿（.xlsx）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>this is not an Excel workbook (.xlsx); is it the right {0}?</source>
        <translation>这不是 Excel 工作簿（.xlsx）；是否选错了{0}？</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the workbook is too large when unpacked; is this the right file?</source>
        <translation>工作簿解压后过大；是否选错了文件？</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file is damaged or is not an Excel workbook</source>
        <translation>文件已损坏，或不是 Excel 工作簿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the {0} cannot be read ({1})</source>
        <translation>无法读取{0}（{1}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the event is not consistent: {0}</source>
        <translation>活动信息不一致：{0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the package&apos;s event is not consistent: {0}</source>
        <translation>活动数据包中的活动信息不一致：{0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the package was changed after it was made (its digest does not match)</source>
        <translation>活动数据包在生成后被改动过（摘要不符）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the material {0} is not in the package</source>
        <translation>活动数据包中没有材料 {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the material {0} is damaged</source>
        <translation>材料 {0} 已损坏</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the package read back differs from what was written</source>
        <translation>读回的活动数据包与写入的内容不一致</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the score file read back differs from what was written</source>
        <translation>读回的评分文件与写入的内容不一致</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the event package on this laptop is damaged; import it again</source>
        <translation>本机上的活动数据包已损坏；请重新导入</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} is missing from the package</source>
        <translation>活动数据包中缺少 {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is damaged (its checksum differs)</source>
        <translation>{0} 已损坏（校验值不符）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the material name &apos;{0}&apos; is not allowed (it contains &apos;..&apos;, a folder separator or a drive)</source>
        <translation>材料文件名“{0}”不允许使用（含有“..”、文件夹分隔符或盘符）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the materials folder does not exist</source>
        <translation>材料文件夹不存在</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>links are not accepted as materials; copy the file itself</source>
        <translation>材料不能是快捷方式或链接；请复制文件本身</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the material is larger than 1 GB</source>
        <translation>材料文件大于 1 GB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot open the event file ({0})</source>
        <translation>无法打开活动文件（{0}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the event file is damaged or not an event file</source>
        <translation>活动文件已损坏，或不是活动文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>both clerks must type the sheet before it counts</source>
        <translation>须两位录入员都录入此表后才能计入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the second pass must be typed by another clerk</source>
        <translation>第二遍须由另一位录入员录入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the two passes still disagree</source>
        <translation>两遍录入仍不一致</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} {1}: {2}</source>
        <translation>{0} {1}：{2}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the event is incomplete ({0})</source>
        <translation>活动信息不完整（{0}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no score files or paper sheets were found</source>
        <translation>没有找到评分文件或纸质评分表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no input can be counted: {0}</source>
        <translation>没有可以计入的评分：{0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>choose an Excel workbook (.xlsx) or a CSV file</source>
        <translation>请选择 Excel 工作簿（.xlsx）或 CSV 文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the sheet is empty</source>
        <translation>表格是空的</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this is not a CSV text file</source>
        <translation>这不是 CSV 文本文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the CSV file cannot be read ({0})</source>
        <translation>无法读取 CSV 文件（{0}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file&apos;s text encoding is not readable; save it as &apos;CSV UTF-8&apos;</source>
        <translation>无法识别文件的文字编码；请另存为“CSV UTF-8”格式</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the code is empty; the row is not imported</source>
        <translation>编号为空；此行不导入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the code {0} is also on row {1}; not imported</source>
        <translation>编号 {0} 在第 {1} 行也有；不导入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the project {0} already exists; not imported</source>
        <translation>项目 {0} 已存在；不导入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the {0} is empty</source>
        <translation>{0}为空</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{0}&apos; is not a whole number; the order is left at 0</source>
        <translation>“{0}”不是整数；顺序保持为 0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose a column for: {0}</source>
        <translation>请为以下各项选择列：{0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a paper sheet must be a .csv or .xlsx file</source>
        <translation>纸质评分表必须是 .csv 或 .xlsx 文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>columns missing from the header (row {0}): {1}</source>
        <translation>表头（第 {0} 行）缺少以下列：{1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>row {0}, column {1}: &apos;{2}&apos; is not a number</source>
        <translation>第 {0} 行“{1}”列：“{2}”不是数字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>row {0}, column {1}: the cell is empty</source>
        <translation>第 {0} 行“{1}”列：单元格为空</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>row {0}: project {1} is also on row {2}</source>
        <translation>第 {0} 行：项目 {1} 在第 {2} 行也有</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the sheet holds scores of more than one judge: {0}; make one sheet per judge</source>
        <translation>此表含有多位评委的评分：{0}；请每位评委一张表</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>and {0} more</source>
        <translation>另有 {0} 处</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the sheet has no scores</source>
        <translation>表中没有评分</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this laptop holds scores of another event; export them before importing a new event</source>
        <translation>本机保存着另一评审活动的评分；请先导出这些评分，再导入新的活动</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this package no longer lists judge {0}, whose scores are stored here; export them before importing it</source>
        <translation>此活动数据包中已没有评委 {0}，而本机保存着该评委的评分；请先导出评分，再导入此数据包</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the copied package differs from the original</source>
        <translation>复制的活动数据包与原文件不一致</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../scoring/message_words.py" line="+173"/>
        <source>no event package has been imported</source>
        <translation>尚未导入活动数据包</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../scoring/message_words.py" line="+3"/>
        <source>scores of another judge are stored here; export them first</source>
        <translation>本机保存着另一位评委的评分；请先导出</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../scoring/message_words.py" line="+3"/>
        <source>the PIN must be 4 to 12 digits</source>
        <translation>密码须为 4 至 12 位数字</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../scoring/message_words.py" line="-4"/>
        <source>choose who you are first</source>
        <translation>请先选择您是哪位评委</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you are recused from this project (回避): {0}</source>
        <translation>您需回避本项目：{0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../scoring/message_words.py" line="+6"/>
        <source>this project is submitted; choose Revise… and give a reason</source>
        <translation>本项目已提交；请选择“修改…”并说明理由</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not every dimension is scored: {0}</source>
        <translation>还有评分维度未评分：{0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../scoring/message_words.py" line="+4"/>
        <source>only a submitted project needs Revise…</source>
        <translation>只有已提交的项目才需要“修改…”</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../scoring/message_words.py" line="+1"/>
        <source>give a reason for the revision</source>
        <translation>请说明修改理由</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../scoring/message_words.py" line="+1"/>
        <source>the signature must be a PNG image of at most 2 MB</source>
        <translation>签名必须是不超过 2 MB 的 PNG 图片</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../scoring/message_words.py" line="-13"/>
        <source>no event or judge chosen</source>
        <translation>尚未选择评审活动或评委</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}: &apos;{1}&apos; is not a number</source>
        <translation>{0}：“{1}”不是数字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}: {1} is outside 0–{2}</source>
        <translation>{0}：{1} 超出 0–{2} 的范围</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}: {1} is not a multiple of the step {2}</source>
        <translation>{0}：{1} 不是步长 {2} 的整数倍</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a number: {0}</source>
        <translation>不是数字：{0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a finite number: {0}</source>
        <translation>不是有限的数字：{0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a sensible number: {0}</source>
        <translation>数字不合理：{0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../scoring/message_words.py" line="+51"/>
        <source>the folder {0} is not there (was the USB stick pulled out?)</source>
        <translation>文件夹 {0} 不存在（U 盘是否已拔出？）</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../scoring/message_words.py" line="-2"/>
        <source>could not write it: {0}</source>
        <translation>无法写入：{0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../scoring/message_words.py" line="+5"/>
        <source>what was read back is not right: {0}</source>
        <translation>读回的内容不正确：{0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../scoring/message_words.py" line="+1"/>
        <source>what was read back differs from what was written</source>
        <translation>读回的内容与写入的内容不一致</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot create the folder: {0}</source>
        <translation>无法创建文件夹：{0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../scoring/message_words.py" line="-33"/>
        <location line="+19"/>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../scoring/message_words.py" line="-18"/>
        <source>the disk quota is used up</source>
        <translation>磁盘配额已用完</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../scoring/message_words.py" line="+1"/>
        <source>the disk is read-only (is the USB stick write-protected?)</source>
        <translation>磁盘只读（U 盘是否打开了写保护？）</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../scoring/message_words.py" line="+3"/>
        <source>PanelScore may not write to this folder</source>
        <translation>PanelScore 没有写入此文件夹的权限</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../scoring/message_words.py" line="+1"/>
        <source>the folder is not there any more (was the USB stick pulled out?)</source>
        <translation>文件夹已不存在（U 盘是否已拔出？）</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../scoring/message_words.py" line="+3"/>
        <source>the disk stopped answering (was the USB stick pulled out?)</source>
        <translation>磁盘没有响应（U 盘是否已拔出？）</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../scoring/message_words.py" line="+3"/>
        <source>the disk is not there any more (was the USB stick pulled out?)</source>
        <translation>磁盘已不存在（U 盘是否已拔出？）</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../scoring/message_words.py" line="+3"/>
        <source>the disk is full or stopped answering</source>
        <translation>磁盘已满或没有响应</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../scoring/message_words.py" line="-78"/>
        <source>scores of another event; not counted</source>
        <translation>其他评审活动的评分；不计入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>made with another package of this event (code {0}, this one is {1}); not counted</source>
        <translation>使用本活动的另一个活动数据包评分（数据包编码 {0}，当前数据包为 {1}）；不计入</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>verification code mismatch: the file says {0}, its content gives {1}; the file was changed after export; not counted</source>
        <translation>校验码不符：文件记录的是 {0}，按内容算出的是 {1}；文件在导出后被改动过；不计入</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>judge &apos;{0}&apos; is not in the event; not counted</source>
        <translation>评委“{0}”不在本活动中；不计入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>project &apos;{0}&apos; is not in the event; not counted</source>
        <translation>项目“{0}”不在本活动中；不计入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the score was left as {0}, never submitted; not counted</source>
        <translation>评分停留在“{0}”状态，从未提交；不计入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}; the project&apos;s score is not counted</source>
        <translation>{0}；该项目的评分不计入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown dimension {0}; the project&apos;s score is not counted</source>
        <translation>未知评分维度 {0}；该项目的评分不计入</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../scoring/message_words.py" line="+14"/>
        <source>not every dimension is scored; not counted</source>
        <translation>并非所有评分维度都已评分；不计入</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../scoring/message_words.py" line="+1"/>
        <source>excluded by the secretariat</source>
        <translation>已被秘书处排除</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../scoring/message_words.py" line="+1"/>
        <source>the same scores were given twice; counted once</source>
        <translation>同样的评分提交了两次；只计一次</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>another input of this judge counts ({0} revision {1}, code {2}); this one is not used</source>
        <translation>计入的是该评委的另一份评分（{0}，版本 {1}，校验码 {2}）；此份不使用</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../scoring/message_words.py" line="+6"/>
        <source>no counted input from this judge</source>
        <translation>该评委没有计入的评分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>judge &apos;{0}&apos; is not in the event</source>
        <translation>评委“{0}”不在本活动中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>project &apos;{0}&apos; is not in the event</source>
        <translation>项目“{0}”不在本活动中</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../scoring/message_words.py" line="+1"/>
        <source>score of a conflicted pair (回避) not counted</source>
        <translation>应回避的评委给出的评分，不计入</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../scoring/message_words.py" line="+3"/>
        <source>the judge does not review this category; score not counted</source>
        <translation>该评委不负责此类别；评分不计入</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../scoring/message_words.py" line="+3"/>
        <source>no score for this project</source>
        <translation>此项目缺少评分</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../scoring/message_words.py" line="+1"/>
        <source>the project has no counted score</source>
        <translation>此项目没有计入的评分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>shares rank {0} across the top-{1} cut-off; the panel must decide</source>
        <translation>并列第 {0} 名，跨越前 {1} 名的入选线；须由评审组决定</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the {0} &apos;{1}&apos; has characters the report font cannot show: {2}; they print as □</source>
        <translation>{0}“{1}”含有报告字体无法显示的字符：{2}；这些字符将打印为 □</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the event has no name</source>
        <translation>评审活动没有名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the rubric needs 1 to {0} dimensions</source>
        <translation>评分标准需要 1 至 {0} 个评分维度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{0}&apos; appears more than once</source>
        <translation>“{0}”重复出现</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the key is empty</source>
        <translation>键为空</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the step {0} is not positive</source>
        <translation>步长 {0} 不是正数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the maximum {0} is not positive</source>
        <translation>满分 {0} 不是正数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the maximum {0} is not a multiple of the step {1}</source>
        <translation>满分 {0} 不是步长 {1} 的整数倍</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the guidance band &apos;{0}&apos; is outside 0–{1}</source>
        <translation>评分指引档次“{0}”超出 0–{1} 的范围</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a project has no code</source>
        <translation>有项目没有编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown category &apos;{0}&apos;</source>
        <translation>未知类别“{0}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a judge has no id</source>
        <translation>有评委没有编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the judge has no name</source>
        <translation>评委没有姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown judge &apos;{0}&apos;</source>
        <translation>未知评委“{0}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>names neither a project nor a unit</source>
        <translation>既没有指定项目，也没有指定参评单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown project &apos;{0}&apos;</source>
        <translation>未知项目“{0}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no project of unit &apos;{0}&apos;</source>
        <translation>没有参评单位“{0}”的项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown method &apos;{0}&apos;</source>
        <translation>未知计分方法“{0}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown basis &apos;{0}&apos;</source>
        <translation>未知计分基准“{0}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must not be negative</source>
        <translation>不能为负数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be at least {0} to drop {1} high and low</source>
        <translation>要去掉最高、最低各 {1} 个分数，至少须为 {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be between 0 and 6</source>
        <translation>须在 0 到 6 之间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown dimension &apos;{0}&apos;</source>
        <translation>未知评分维度“{0}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the event has no projects</source>
        <translation>评审活动还没有项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the event has no judges</source>
        <translation>评审活动还没有评委</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the sheet {0} is missing</source>
        <translation>缺少工作表 {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the required column {0} is missing</source>
        <translation>缺少必需的列 {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this cell must not be empty</source>
        <translation>此单元格不能为空</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{0}&apos; is not a number</source>
        <translation>“{0}”不是数字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{0}&apos; is not a whole number</source>
        <translation>“{0}”不是整数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{0}&apos; is not a known field</source>
        <translation>“{0}”不是可识别的字段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the field is empty</source>
        <translation>字段为空</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this field is given twice (also in row {0})</source>
        <translation>此字段填写了两次（第 {0} 行也有）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{0}&apos; is not one of {1}</source>
        <translation>“{0}”不在可选值之中：{1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot read the band &apos;{0}&apos;; write it like &apos;优 27-30&apos;</source>
        <translation>无法识别档次“{0}”；请按“优 27-30”的格式填写</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a column 项目编号 / project or 参评单位 / unit is needed</source>
        <translation>需要“项目编号 / project”或“参评单位 / unit”列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name a project (项目编号) or a unit (参评单位)</source>
        <translation>请填写项目（项目编号）或参评单位（参评单位）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown judge &apos;{0}&apos; (not on the Judges sheet)</source>
        <translation>未知评委“{0}”（不在“评委”工作表中）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown project &apos;{0}&apos; (not on the Projects sheet)</source>
        <translation>未知项目“{0}”（不在“项目”工作表中）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no project on the Projects sheet is from the unit &apos;{0}&apos;</source>
        <translation>“项目”工作表中没有来自参评单位“{0}”的项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unreadable workbook</source>
        <translation>工作簿无法读取</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{0}&apos; is not a band like &apos;优秀 25-30&apos;</source>
        <translation>“{0}”不是“优秀 25-30”这样的档次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown field &apos;{0}&apos;</source>
        <translation>未知字段“{0}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the dimension cannot be read ({0})</source>
        <translation>无法读取该评分维度（{0}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the {0} must not be empty</source>
        <translation>{0}不能为空</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>choose or export the event package first</source>
        <translation>请先选择或导出活动数据包</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the PDF could not be read</source>
        <translation>无法读取该 PDF 文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the printer is not ready</source>
        <translation>打印机未就绪</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the printer refused a new page</source>
        <translation>打印机拒绝了新的一页</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <location filename="../../scoring/message_words.py" line="-147"/>
        <source>PanelScore event package</source>
        <translation>PanelScore 活动数据包</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PanelScore score file</source>
        <translation>PanelScore 评分文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>event workbook</source>
        <translation>活动工作簿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paper sheet</source>
        <translation>纸质评分表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>project sheet</source>
        <translation>项目表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>event file</source>
        <translation>活动文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>key</source>
        <translation>键</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name_en</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>max</source>
        <translation>满分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>step</source>
        <translation>步长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>guidance</source>
        <translation>评分指引</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>title</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unit</source>
        <translation>参评单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>presenter</source>
        <translation>陈述人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>order</source>
        <translation>顺序</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>summary</source>
        <translation>简介</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>id</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>affiliation</source>
        <translation>所在单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>role</source>
        <translation>身份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>categories</source>
        <translation>评审类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>judge</source>
        <translation>评委</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>venue</source>
        <translation>地点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>organiser</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>aggregate</source>
        <translation>计分方法</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trim</source>
        <translation>去掉最高最低各</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>min_judges_for_trim</source>
        <translation>去掉最高最低分所需的最少评委数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>basis</source>
        <translation>计分基准</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>decimals</source>
        <translation>小数位数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tie_break</source>
        <translation>同分比较顺序</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>top_n</source>
        <translation>入选名额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deviation_limit</source>
        <translation>偏离提示分差</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>presentation_minutes</source>
        <translation>陈述时长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>qa_minutes</source>
        <translation>答辩时长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>event name</source>
        <translation>活动名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dimension</source>
        <translation>评分维度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comment</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty</source>
        <translation>空白</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>score-file</source>
        <translation>评分文件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>paper</source>
        <translation>纸质评分表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>评审活动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rubric</source>
        <translation>评分标准</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judges</source>
        <translation>评委</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts</source>
        <translation>回避关系</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}; {1}</source>
        <translation>{0}；{1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}, {1}</source>
        <translation>{0}、{1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} (row {1})</source>
        <translation>{0}（第 {1} 行）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} (and {1} more problems)</source>
        <translation>{0}（另有 {1} 个问题）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sheet {0}, row {1}, column {2}: {3}</source>
        <translation>工作表 {0}，第 {1} 行，“{2}”列：{3}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sheet {0}, row {1}: {2}</source>
        <translation>工作表 {0}，第 {1} 行：{2}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sheet {0}, column {1}: {2}</source>
        <translation>工作表 {0}，“{1}”列：{2}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sheet {0}: {1}</source>
        <translation>工作表 {0}：{1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} (details: {1})</source>
        <translation>{0}（详情：{1}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The operation could not be completed ({0}).</source>
        <translation>操作未能完成（{0}）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file cannot be used</source>
        <translation>文件无法使用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is damaged</source>
        <translation>文件已损坏</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this is not a PanelScore file of the expected kind</source>
        <translation>这不是所需类型的 PanelScore 文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file or folder does not exist</source>
        <translation>文件或文件夹不存在</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this is not a file</source>
        <translation>这不是文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is too large</source>
        <translation>文件过大</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file cannot be read</source>
        <translation>无法读取文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>made by a newer PanelScore: update PanelScore on this computer</source>
        <translation>由较新版本的 PanelScore 生成：请在这台电脑上更新 PanelScore</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no score file or paper sheet can be counted</source>
        <translation>没有可以计入的评分文件或纸质评分表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no event package is chosen</source>
        <translation>尚未选择活动数据包</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the event is not consistent</source>
        <translation>活动信息不一致</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the event package cannot be used</source>
        <translation>活动数据包无法使用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the package was changed after it was made</source>
        <translation>活动数据包在生成后被改动过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a material is missing from the package</source>
        <translation>活动数据包中缺少材料</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the name of a material file is not allowed</source>
        <translation>材料文件名不允许使用</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this laptop holds scores of another event</source>
        <translation>本机保存着另一评审活动的评分</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the package no longer lists the judge whose scores are stored here</source>
        <translation>活动数据包中已没有本机所存评分的评委</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the typed paper sheet cannot be used yet</source>
        <translation>录入的纸质评分表暂时还不能使用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the event workbook cannot be used</source>
        <translation>活动工作簿无法使用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the paper sheet cannot be used</source>
        <translation>纸质评分表无法使用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the project sheet cannot be used</source>
        <translation>项目表无法使用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>made with another package of this event; not counted</source>
        <translation>使用本活动的另一个活动数据包评分；不计入</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the verification code does not match; not counted</source>
        <translation>校验码不符；不计入</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the judge is not in the event</source>
        <translation>评委不在本活动中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the project is not in the event</source>
        <translation>项目不在本活动中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the score was never submitted; not counted</source>
        <translation>评分从未提交；不计入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a score does not fit the rubric; not counted</source>
        <translation>有分数不符合评分标准；不计入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a dimension is not in the rubric; not counted</source>
        <translation>有评分维度不在评分标准中；不计入</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>another input of this judge counts; this one is not used</source>
        <translation>计入的是该评委的另一份评分；此份不使用</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a tie at the cut-off; the panel must decide</source>
        <translation>入选线处并列；须由评审组决定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>some characters cannot be printed by the report font</source>
        <translation>有些字符报告字体无法打印</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the change was not made</source>
        <translation>未作修改</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>you are recused from this project (回避)</source>
        <translation>您需回避本项目</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not every dimension is scored</source>
        <translation>还有评分维度未评分</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the score does not fit the rubric</source>
        <translation>分数不符合评分标准</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the data folder is read-only</source>
        <translation>数据文件夹是只读的</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PanelScore may not write to its data folder</source>
        <translation>PanelScore 无权写入其数据文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another program is using PanelScore&apos;s data</source>
        <translation>另一个程序正在使用 PanelScore 的数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PanelScore&apos;s data file is damaged</source>
        <translation>PanelScore 的数据文件已损坏</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk reported an error</source>
        <translation>磁盘报告了错误</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>could not save on this laptop: {0}</source>
        <translation>无法保存到本机：{0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the system reports: {0}</source>
        <translation>系统错误（{0}）</translation>
    </message>
</context>
<context>
    <name>OutputStep</name>
    <message>
        <location filename="../../ui/judge/finish_steps.py" line="+154"/>
        <source>&amp;Export score file…</source>
        <translation>导出评分文件(&amp;E)…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Verification code</source>
        <translation>校验码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not exported yet.</source>
        <translation>尚未导出。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Print score sheet…</source>
        <translation>打印评分表(&amp;P)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as P&amp;DF…</source>
        <translation>另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>3 · Export</source>
        <translation>3 · 导出</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verification code (read it to the secretariat):</source>
        <translation>校验码（请向秘书处宣读）：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>4 · Print</source>
        <translation>4 · 打印</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Last exported at {0}: {1}</source>
        <translation>最近一次导出（{0}）：{1}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>⚠ Scores changed after that export: export again so the file and the printed sheet carry the same code.</source>
        <translation>⚠ 导出后评分有改动：请重新导出，使评分文件与打印的评分表校验码一致。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>⚠ The signature changed after that export: export again so the file carries the signature on the printed sheet.</source>
        <translation>⚠ 导出后签名有改动：请重新导出，使评分文件带有评分表上的签名。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} projects are not submitted and will not be counted. Export anyway?</source>
        <translation>有 {0} 个项目尚未提交，不会计入结果。仍要导出吗？</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved to {0} (export {1}).</source>
        <translation>已保存到 {0}（第 {1} 次导出）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+13"/>
        <source>Score sheet</source>
        <translation>评分表</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Print failed</source>
        <translation>打印失败</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent {0} pages to the printer.</source>
        <translation>已将 {0} 页发送到打印机。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>score-sheet</source>
        <translation>评分表</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the score sheet as PDF</source>
        <translation>将评分表另存为 PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0} already exists. Replace it?</source>
        <translation>{0} 已存在。要替换它吗？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saving failed</source>
        <translation>保存失败</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved to {0}</source>
        <translation>已保存到 {0}</translation>
    </message>
</context>
<context>
    <name>PackageFlow</name>
    <message>
        <location filename="../../ui/judge/package_flow.py" line="+59"/>
        <source>The stored event package is damaged ({0}); import it again.</source>
        <translation>已保存的活动数据包已损坏（{0}），请重新导入。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The package was not imported</source>
        <translation>数据包未导入</translation>
    </message>
</context>
<context>
    <name>PackagePage</name>
    <message>
        <location filename="../../ui/console/pages/package.py" line="+54"/>
        <source>Event package</source>
        <translation>活动数据包</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export package…</source>
        <translation>导出数据包…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use an existing package…</source>
        <translation>使用已有数据包…</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>No materials folder is attached (see the Projects page): the package will hold no materials.</source>
        <translation>未关联材料文件夹（见“项目”页）：数据包中将不含材料。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The materials folder {0} is not there (was a USB stick pulled out?).</source>
        <translation>材料文件夹 {0} 不存在（U 盘是否已拔出？）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Materials folder: {0}</source>
        <translation>材料文件夹：{0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>✔ The event is ready to be packaged.</source>
        <translation>✔ 活动信息已齐备，可以打包。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✖ Fix these problems before the package can be exported ({0}):</source>
        <translation>✖ 请先修正以下问题，才能导出数据包（{0}）：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Event</source>
        <translation>评审活动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rubric</source>
        <translation>评分标准</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judges</source>
        <translation>评委</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts</source>
        <translation>回避关系</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No package yet: export one or use an existing one.</source>
        <translation>尚无数据包：请导出或使用已有数据包。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The package chosen before cannot be read: {0}</source>
        <translation>无法读取之前选择的数据包：{0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Package code — read it aloud to the judges:</source>
        <translation>数据包编码 — 请向评委宣读：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Event: {0}</source>
        <translation>评审活动：{0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created: {0}</source>
        <translation>创建时间：{0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Materials: {0} files</source>
        <translation>材料：{0} 个文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File: {0}</source>
        <translation>文件：{0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digest: {0}</source>
        <translation>摘要：{0}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This package holds another event ({0}) than the one edited here.</source>
        <translation>此数据包属于另一评审活动（{0}），不是此处正在编辑的活动。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The event was changed after this package was exported: export again and hand out the new package.</source>
        <translation>导出此数据包后活动信息有改动：请重新导出并分发新的数据包。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The event has problems; fix them before exporting:</source>
        <translation>活动信息有问题，请先修正再导出：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The materials folder {0} is not there; attach it again first.</source>
        <translation>材料文件夹 {0} 不存在，请先重新关联。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the event package to…</source>
        <translation>将活动数据包导出到…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder {0} is not there (was the USB stick pulled out?).</source>
        <translation>文件夹 {0} 不存在（U 盘是否已拔出？）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exporting the event package…</source>
        <translation>正在导出活动数据包…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exported to {0}</source>
        <translation>已导出到 {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The package holds no materials.</source>
        <translation>数据包中没有材料。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not packaged ({0} files name no project code): {1}</source>
        <translation>未打包（{0} 个文件名中没有项目编号）：{1}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The export was cancelled; nothing was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The package was not exported to {0}: {1}</source>
        <translation>数据包未能导出到 {0}：{1}</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>The package was not exported: {0}</source>
        <translation>数据包未能导出：{0}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Use an event package</source>
        <translation>使用活动数据包</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event packages (*.pspkg)</source>
        <translation>活动数据包 (*.pspkg)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This package cannot be used: {0}</source>
        <translation>无法使用此数据包：{0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Collect now merges against {0}</source>
        <translation>收集评分现以 {0} 为准进行汇总</translation>
    </message>
</context>
<context>
    <name>PanelScoreApp</name>
    <message>
        <location filename="../../ui/app.py" line="+62"/>
        <source>PanelScore cannot start</source>
        <translation>评审打分无法启动</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../widgets/pin_dialog.py" line="+21"/>
        <source>Set PIN</source>
        <translation>设置 PIN</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>4 to 12 digits; empty removes the PIN</source>
        <translation>4 至 12 位数字；留空则删除 PIN</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Current PIN:</source>
        <translation>当前 PIN：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New PIN:</source>
        <translation>新 PIN：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New PIN again:</source>
        <translation>再次输入新 PIN：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The lock (Ctrl+L, and after 5 idle minutes) needs it.</source>
        <translation>锁定（Ctrl+L，以及闲置 5 分钟后）需要它。</translation>
    </message>
</context>
<context>
    <name>PinFields</name>
    <message>
        <location filename="../../widgets/pin_fields.py" line="+14"/>
        <source>optional, 4 to 12 digits</source>
        <translation>选填，4 至 12 位数字</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The two PINs differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PIN must be 4 to 12 digits.</source>
        <translation>密码须为 4 至 12 位数字。</translation>
    </message>
</context>
<context>
    <name>PinSetting</name>
    <message>
        <location filename="../../ui/judge/pin_setting.py" line="+23"/>
        <source>Set PIN</source>
        <translation>设置 PIN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The current PIN is not right.</source>
        <translation>当前 PIN 不正确。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PIN set: Ctrl+L locks.</source>
        <translation>PIN 已设置：按 Ctrl+L 锁定。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PIN removed.</source>
        <translation>PIN 已删除。</translation>
    </message>
</context>
<context>
    <name>PreflightView</name>
    <message>
        <location filename="../../ui/console/preflight_view.py" line="+28"/>
        <source>The materials have not been checked yet.</source>
        <translation>尚未检查材料。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The projects changed since this check: check again before exporting.</source>
        <translation>检查后项目有改动：导出前请重新检查。</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Projects without materials ({0})</source>
        <translation>没有材料的项目（{0}）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Files matching no project ({0})</source>
        <translation>不属于任何项目的文件（{0}）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} files for {1} of {2} projects: {3} pages, {4}.</source>
        <translation>{0} 个文件，涉及 {2} 个项目中的 {1} 个：共 {3} 页，{4}。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0} file(s) cannot be opened</source>
        <translation>{0} 个文件无法打开</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} file(s) are neither PDF nor image</source>
        <translation>{0} 个文件既不是 PDF 也不是图片</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} project(s) without materials</source>
        <translation>{0} 个项目没有材料</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} file(s) matching no project</source>
        <translation>{0} 个文件不属于任何项目</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every file opens and every project has materials.</source>
        <translation>所有文件均可打开，所有项目均有材料。</translation>
    </message>
</context>
<context>
    <name>ProblemListDialog</name>
    <message>
        <location filename="../../ui/console/projects_problems.py" line="+40"/>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Copy the list</source>
        <translation>复制列表</translation>
    </message>
</context>
<context>
    <name>ProjectListPane</name>
    <message>
        <location filename="../../ui/judge/project_list.py" line="+34"/>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{0} / {1} submitted</source>
        <translation>已提交 {0} / {1}</translation>
    </message>
</context>
<context>
    <name>ProjectsEditor</name>
    <message>
        <location filename="../../ui/console/projects_editor.py" line="+77"/>
        <source>Filter: code, title, unit, presenter…</source>
        <translation>筛选：编号、项目名称、申报单位、汇报人…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add project</source>
        <translation>添加项目</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+29"/>
        <source>Remove…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Add category</source>
        <translation>添加类别</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Categories</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Select the projects to remove first.</source>
        <translation>请先选择要删除的项目。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove {0} project(s): {1}?</source>
        <translation>删除 {0} 个项目：{1}？</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} conflict(s) naming them are removed too.</source>
        <translation>涉及这些项目的 {0} 条回避关系也将一并删除。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove projects</source>
        <translation>删除项目</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Select the category to remove first.</source>
        <translation>请先选择要删除的类别。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove the category {0}?</source>
        <translation>删除类别 {0} 吗？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} project(s) are in it; they are marked until you give them another category.</source>
        <translation>该类别中有 {0} 个项目；在为其指定其他类别之前，这些项目会被标出。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove category</source>
        <translation>删除类别</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} projects in {1} categories</source>
        <translation>{1} 个类别，共 {0} 个项目</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} problem(s) marked in red</source>
        <translation>{0} 个问题已用红色标出</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <location filename="../../ui/console/pages/projects.py" line="+54"/>
        <source>Import event workbook…</source>
        <translation>导入活动工作簿…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import projects from a sheet…</source>
        <translation>从表格导入项目…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Projects and categories</source>
        <translation>项目与类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Materials</source>
        <translation>材料</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Attach materials folder…</source>
        <translation>关联材料文件夹…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The workbook was not imported: it has problems.</source>
        <translation>工作簿未导入：其中有问题。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The workbook {0} has {1} problem(s), listed below. Nothing was changed; correct them in the workbook and import it again.</source>
        <translation>工作簿 {0} 有 {1} 个问题，列于下方。未作任何更改；请在工作簿中修正后重新导入。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+12"/>
        <location line="+26"/>
        <source>Import event workbook</source>
        <translation>导入活动工作簿</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Cannot use this file</source>
        <translation>无法使用此文件</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading the workbook…</source>
        <translation>正在读取工作簿…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Replace the whole event with the workbook&apos;s: {0} dimension(s), {1} categories, {2} projects, {3} judges, {4} conflicts?

The event now being edited ({5} projects, {6} judges) is replaced.</source>
        <translation>用工作簿中的内容替换整个评审活动吗？包括 {0} 个评分维度、{1} 个类别、{2} 个项目、{3} 位评委、{4} 条回避关系。

当前正在编辑的活动（{5} 个项目、{6} 位评委）将被替换。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The workbook was not imported.</source>
        <translation>工作簿未导入。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>import workbook {0}</source>
        <translation>导入工作簿 {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The workbook was not imported: the event could not be saved.</source>
        <translation>工作簿未导入：无法保存活动信息。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imported {0}: {1} projects, {2} judges.</source>
        <translation>已导入 {0}：{1} 个项目，{2} 位评委。</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+21"/>
        <source>Import projects from a sheet</source>
        <translation>从表格导入项目</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Sheets (*.xlsx *.csv);;Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>表格 (*.xlsx *.csv);;Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading the sheet…</source>
        <translation>正在读取表格…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+10"/>
        <source>Nothing was imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Replace the {0} projects of the event with the {1} from the sheet?</source>
        <translation>用表格中的 {1} 个项目替换活动中现有的 {0} 个项目吗？</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>import projects from {0}</source>
        <translation>从 {0} 导入项目</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was imported: the event could not be saved.</source>
        <translation>未导入任何内容：无法保存活动信息。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imported {0} project(s) from {1}.</source>
        <translation>已从 {1} 导入 {0} 个项目。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No materials folder attached.</source>
        <translation>未关联材料文件夹。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Materials folder: {0}</source>
        <translation>材料文件夹：{0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the materials folder</source>
        <translation>选择材料文件夹</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The event is incomplete; see the Event page.</source>
        <translation>活动信息不完整，请查看“评审活动”页。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
        <source>Checking the materials…</source>
        <translation>正在检查材料…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The check was cancelled.</source>
        <translation>检查已取消。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The materials cannot be checked: {0}</source>
        <translation>无法检查材料：{0}</translation>
    </message>
</context>
<context>
    <name>PublishPanel</name>
    <message>
        <location filename="../../ui/console/publish_flow.py" line="+69"/>
        <source>Publish…</source>
        <translation>发布…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write results.json, the reports and the spreadsheet into a folder</source>
        <translation>将 results.json、各报告和电子表格写入一个文件夹</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+108"/>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Print ranking…</source>
        <translation>打印排名…</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+59"/>
        <source>Publish the results</source>
        <translation>发布结果</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>There are no results to publish yet: collect the score files first.</source>
        <translation>尚无可发布的结果：请先收集评分文件。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Folder for the results and reports</source>
        <translation>存放结果和报告的文件夹</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0} already holds the results of another event ({1}). Publishing replaces them. Continue?</source>
        <translation>{0} 中已有另一场评审活动（{1}）的结果。发布将替换这些结果。是否继续？</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Writing {0}…</source>
        <translation>正在写入 {0}…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Publishing the results…</source>
        <translation>正在发布结果…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Publishing was cancelled; nothing was written.</source>
        <translation>发布已取消，未写入任何文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The results could not be written to {0}: {1}. Nothing was written.</source>
        <translation>结果未能写入 {0}：{1}。未写入任何文件。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Published to {0}: {1}</source>
        <translation>已发布到 {0}：{1}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The folder could not be opened: {0}</source>
        <translation>无法打开文件夹：{0}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ranking report could not be printed: {0}</source>
        <translation>无法打印排名报告：{0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sent {0} pages of the ranking report to the printer.</source>
        <translation>已将排名报告共 {0} 页发送到打印机。</translation>
    </message>
</context>
<context>
    <name>RankingModel</name>
    <message>
        <location filename="../../ui/console/ranking_model.py" line="+72"/>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>申报单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final</source>
        <translation>最终得分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scores</source>
        <translation>评分数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flags</source>
        <translation>标记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected</source>
        <translation>入选</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>={0}</source>
        <translation>={0}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>deviation {0} ({1})</source>
        <translation>偏差 {0}（{1}）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>missing {0}</source>
        <translation>缺少 {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>conflicted {0} not counted</source>
        <translation>应回避的 {0} 不计入</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tie with {0} broken by {1}</source>
        <translation>与 {0} 并列，按{1}决出</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>tie at the cut-off</source>
        <translation>入选线处并列</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not trimmed ({0} scores)</source>
        <translation>未去掉最高最低分（{0} 个评分）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no scores</source>
        <translation>无评分</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>undecided: tie at the cut-off</source>
        <translation>待定：入选线处并列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>selected</source>
        <translation>入选</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../../ui/console/pages/results.py" line="+63"/>
        <source>Category:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Aggregate method:</source>
        <translation>汇总方法：</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Ranking</source>
        <translation>排名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judges&apos; totals</source>
        <translation>评委总分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judge leniency</source>
        <translation>评委宽严度</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Overall</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0} (package rule)</source>
        <translation>{0}（数据包规则）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Package rule: {0}</source>
        <translation>数据包规则：{0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No results: {0}</source>
        <translation>无结果：{0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No results yet: collect the score files on the Collect page.</source>
        <translation>尚无结果：请在“收集评分”页收集评分文件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} projects, {1} judges counted, {2} problems; results digest {3}</source>
        <translation>{0} 个项目，计入 {1} 位评委，{2} 个问题；结果摘要码 {3}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Trimmed mean</source>
        <translation>去掉最高最低分后平均</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean</source>
        <translation>平均</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Z-score</source>
        <translation>Z 分数</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Preview: {0} — the published results use the package&apos;s rule ({1}). This view: {2}</source>
        <translation>预览：{0} — 发布的结果采用数据包规则（{1}）。本视图：{2}</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>&lt;b&gt;Judges&apos; totals per project: {0}&lt;/b&gt;</source>
        <translation>&lt;b&gt;各项目的评委总分：{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One row per project, in rank order. Filled dots are counted totals, red rings totals that were dropped, the black bar is the final.</source>
        <translation>每个项目一行，按名次排列。实心圆点为计入的总分，红色圆圈为被去掉的总分，黑色竖线为最终得分。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Judge leniency: {0}&lt;/b&gt;</source>
        <translation>&lt;b&gt;评委宽严度：{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The mean, over the projects a judge scored, of (the judge&apos;s total − the mean of all judges&apos; totals for that project). Right of the line: more lenient than the panel; left: stricter. In brackets: projects scored.</source>
        <translation>对评委评过的各项目，计算（该评委的总分 − 全体评委对该项目总分的平均值），再取平均。在线右侧：比评审组整体宽松；左侧：更严格。括号内为评分项目数。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>counted total</source>
        <translation>计入的总分</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>dropped total</source>
        <translation>被去掉的总分</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>final</source>
        <translation>最终得分</translation>
    </message>
</context>
<context>
    <name>RoleChooser</name>
    <message>
        <location filename="../../ui/start.py" line="+17"/>
        <source>PanelScore</source>
        <translation>评审打分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PanelScore — offline panel scoring</source>
        <translation>评审打分 — 离线评审打分系统</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Judge</source>
        <translation>评委(&amp;J)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read the materials and score the projects</source>
        <translation>阅读材料，为项目评分</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Secretariat</source>
        <translation>秘书处(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepare the event, collect the score files, publish the ranking</source>
        <translation>准备评审活动，收集评分文件，发布排名</translation>
    </message>
</context>
<context>
    <name>RubricPage</name>
    <message>
        <location filename="../../ui/console/pages/rubric.py" line="+50"/>
        <source>&amp;Add dimension</source>
        <translation>添加评分维度(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The dimensions every judge scores, in the order of the scoring form. Double-click a cell to change it; each change is saved at once. Guidance bands are typed as &apos;label low-high&apos; separated by &apos;;&apos;, for example: 优 27-30; 良 21-26.5</source>
        <translation>每位评委评分的维度，按评分表中的顺序排列。双击单元格即可修改，每次修改立即保存。评分档次按“名称 下限-上限”填写，以“;”分隔，例如：优 27-30; 良 21-26.5</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Sum of maxima: {0}</source>
        <translation>满分合计：{0}</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Remove the dimension &apos;{0}&apos;? Judges will no longer score it; this cannot be undone.</source>
        <translation>删除评分维度“{0}”吗？评委将不再为此维度评分；此操作无法撤销。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove dimension</source>
        <translation>删除评分维度</translation>
    </message>
</context>
<context>
    <name>ScoreForm</name>
    <message>
        <location filename="../../widgets/score_form.py" line="+56"/>
        <source>Scoring form</source>
        <translation>评分表</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+49"/>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Comment (optional)</source>
        <translation>评语（选填）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>评语</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Comment</source>
        <translation>评语(&amp;C)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submit this project&apos;s scores (Ctrl+Enter)</source>
        <translation>提交本项目的评分（Ctrl+Enter）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revise…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen the submitted scores, giving a reason</source>
        <translation>填写原因后重新修改已提交的评分</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>You are recused from this project and cannot score it: {reason}</source>
        <translation>您需回避本项目，不能评分：{reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved {time}</source>
        <translation>已保存 {time}</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Not scored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft, not submitted</source>
        <translation>草稿，未提交</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recused</source>
        <translation>回避</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>(%n not scored)</source>
        <translation>
            <numerusform>（%n 项未评分）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignatureCanvas</name>
    <message>
        <location filename="../../widgets/signature_pad.py" line="+75"/>
        <source>Signature area</source>
        <translation>签名区域</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Sign above the line</source>
        <translation>请在横线上方签名</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location line="+32"/>
        <source>Undo stroke</source>
        <translation>撤销笔画</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the last stroke (Ctrl+Z)</source>
        <translation>撤销上一笔（Ctrl+Z）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase the whole signature</source>
        <translation>清除整个签名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw your signature with the mouse or a stylus.</source>
        <translation>请用鼠标或手写笔签名。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Signature pad</source>
        <translation>签名板</translation>
    </message>
</context>
<context>
    <name>SignatureStep</name>
    <message>
        <location filename="../../ui/judge/finish_steps.py" line="-259"/>
        <source>Saved signature</source>
        <translation>已保存的签名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign &amp;again</source>
        <translation>重新签名(&amp;A)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove signature</source>
        <translation>删除签名(&amp;R)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your saved signature.</source>
        <translation>您已保存的签名。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The signature is saved as you draw; it goes into the file.</source>
        <translation>签名随写随存，并写入评分文件。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The saved signature cannot be shown; sign again.</source>
        <translation>无法显示已保存的签名，请重新签名。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The saved signature stays until you draw a new one.</source>
        <translation>在您重新签名前，已保存的签名保持不变。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No signature saved.</source>
        <translation>尚未保存签名。</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Not saved: {0}</source>
        <translation>未保存：{0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signature saved at {0}.</source>
        <translation>签名已于 {0} 保存。</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../ui/tasks.py" line="+76"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
</context>
<context>
    <name>TieBreakEditor</name>
    <message>
        <location filename="../../ui/console/event_tie_break.py" line="+33"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default order</source>
        <translation>默认顺序</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rubric&apos;s dimensions from the largest maximum down</source>
        <translation>按评分维度满分从高到低</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Set for this event.</source>
        <translation>已为本活动设定。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default: the largest maximum first, rubric order among equals.</source>
        <translation>默认：满分高的维度优先，满分相同时按评分标准中的顺序。</translation>
    </message>
</context>
<context>
    <name>UndoActions</name>
    <message>
        <location filename="../../ui/judge/undo_actions.py" line="+31"/>
        <location line="+35"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+35"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>&amp;Undo %1</source>
        <translation>撤销 %1(&amp;U)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo %1</source>
        <translation>重做 %1(&amp;R)</translation>
    </message>
</context>
</TS>
