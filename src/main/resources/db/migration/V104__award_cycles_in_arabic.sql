-- The Award's cycles and criteria in Arabic, the portal's fourth language (issue 17, as V100-V102
-- did for countries, cities and the Key Features). UIL writes the title and criteria in English,
-- French and Spanish, as before; the Arabic texts are optional: a cycle or a criterion without
-- them shows its English ones to an Arabic reader, so every existing cycle stays valid.
alter table award_cycle add column title_ar varchar(200);

alter table award_criterion
  add column name_ar        varchar(200),
  add column description_ar text;

-- Every cycle titled as the Award's calls title it gets the Arabic title of the calls.
update award_cycle set title_ar = 'جائزة اليونسكو لمدن التعلّم ' || year
where title_en = 'UNESCO Learning City Award ' || year;

-- The eight criteria of the 2024 call (V50) in Arabic, in the wording of UNESCO's Arabic terminology
-- for lifelong learning, and so every later cycle's copy of them that UIL kept word for word.
update award_criterion k set name_ar = v.name_ar, description_ar = v.description_ar
from (values
  ('Advancement of the learning city plan',
   'How the city has put its learning city plan into practice since joining the network: goals, milestones reached and the political commitment behind them.',
   'التقدّم في تنفيذ خطة مدينة التعلّم',
   'كيف وضعت المدينة خطتها لمدينة التعلّم موضع التنفيذ منذ انضمامها إلى الشبكة: الأهداف، والمراحل المنجزة، والالتزام السياسي الذي يدعمها.'),
  ('Stakeholder coordination and partnerships',
   'Who takes part in the learning city and how their work is coordinated: public bodies, civil society, the private sector, universities and learners themselves.',
   'تنسيق جهود الجهات المعنية والشراكات',
   'من يشارك في مدينة التعلّم وكيف يُنسَّق عمله: الهيئات العامة، والمجتمع المدني، والقطاع الخاص، والجامعات، والمتعلمون أنفسهم.'),
  ('Mobilizing and utilizing resources',
   'The funds, people, spaces and knowledge the city brings together for lifelong learning, and how it makes the most of them.',
   'حشد الموارد واستخدامها',
   'ما تجمعه المدينة من أموال وأشخاص وأماكن ومعارف من أجل التعلّم مدى الحياة، وكيف تستفيد منها على أفضل وجه.'),
  ('Monitoring and evaluation',
   'How the city measures progress, which indicators and data it uses, and what it changed in the light of the results.',
   'الرصد والتقييم',
   'كيف تقيس المدينة التقدّم المحرز، وما المؤشرات والبيانات التي تستخدمها، وما الذي غيّرته في ضوء النتائج.'),
  ('Learning accessible to all',
   'What the city does so that everyone can learn, in particular people who are excluded or at risk of being left behind.',
   'تعلّم متاح للجميع',
   'ما تفعله المدينة ليتمكّن الجميع من التعلّم، ولا سيما الأشخاص المستبعدون أو المعرّضون لخطر التخلّف عن الركب.'),
  ('A culture of lifelong learning',
   'How learning is celebrated and made part of everyday life: festivals, campaigns, public spaces and recognition of learners.',
   'ثقافة التعلّم مدى الحياة',
   'كيف يُحتفى بالتعلّم ويصبح جزءًا من الحياة اليومية: المهرجانات، والحملات، والأماكن العامة، وتكريم المتعلمين.'),
  ('Innovative practices',
   'Approaches the city has developed that others can learn from, and what they have achieved.',
   'الممارسات المبتكرة',
   'المقاربات التي طوّرتها المدينة ويمكن للمدن الأخرى أن تتعلّم منها، وما حققته من نتائج.'),
  ('Contributions to GNLC activities',
   'The city''s part in the network: conferences, thematic clusters, peer exchanges and support to other member cities.',
   'المساهمة في أنشطة الشبكة العالمية لمدن التعلّم',
   'دور المدينة في الشبكة: المؤتمرات، والمجموعات المواضيعية، وتبادل الخبرات بين الأقران، ودعم المدن الأعضاء الأخرى.')
) as v (name_en, description_en, name_ar, description_ar)
where k.name_en = v.name_en and k.description_en = v.description_en;
