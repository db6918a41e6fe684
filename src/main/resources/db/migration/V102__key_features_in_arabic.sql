-- The Key Features of Learning Cities in Arabic (issue 17), in the wording of UNESCO's Arabic
-- terminology for lifelong learning. A feature added later without an Arabic name shows its
-- English one.
alter table key_feature add column name_ar varchar(300);

update key_feature k set name_ar = v.name_ar
from (values
  ('1', 'المنافع الواسعة لبناء مدينة التعلّم'),
  ('2', 'المقوّمات الأساسية لمدينة التعلّم'),
  ('3', 'الشروط الجوهرية لبناء مدينة التعلّم'),
  ('1.1', 'تمكين الأفراد والتماسك الاجتماعي'),
  ('1.2', 'التنمية الاقتصادية والازدهار الثقافي'),
  ('1.3', 'التنمية المستدامة'),
  ('2.1', 'التعلّم الشامل للجميع في نظام التعليم'),
  ('2.2', 'إحياء التعلّم في الأسر والمجتمعات المحلية'),
  ('2.3', 'التعلّم الفعّال من أجل العمل وفي مكان العمل'),
  ('2.4', 'توسيع استخدام تكنولوجيات التعلّم الحديثة'),
  ('2.5', 'تحسين جودة التعلّم'),
  ('2.6', 'ثقافة حيّة للتعلّم مدى الحياة'),
  ('3.1', 'إرادة سياسية والتزام قويان'),
  ('3.2', 'الحوكمة ومشاركة جميع الجهات المعنية'),
  ('3.3', 'حشد الموارد واستخدامها')
) as v(code, name_ar)
where k.code = v.code;
