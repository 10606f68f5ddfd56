import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { AppendixImportForm } from '@/components/programmes/appendix-import-form';
import { Alert } from '@/components/ui/alert';
import { ButtonDownload } from '@/components/ui/button';
import { Card, PageHeader } from '@/components/ui/card';
import { changeIsAmendment, PROGRAMME_EDITABLE_STATES, PROGRAMME_LIFECYCLE } from '@/lib/domain/lifecycle/programme';
import { getProgrammeOrThrow } from '@/lib/server/programmes/get-programme';
import { importAppendixAction, previewAppendixAction } from './actions';
import { requirePermission } from '@/lib/server/auth';
import { loadRecordPage } from '@/lib/server/record-page';

export const metadata = { title: 'Nhập phụ lục chỉ tiêu từ Excel' } satisfies Metadata;

export default async function ImportAppendixPage({ params }: { params: Promise<{ id: string }> }) {
  const { record: programme } = await loadRecordPage(params, (id) => requirePermission('programme:edit', `/chuong-trinh/${id}/nhap-excel`), getProgrammeOrThrow);
  const editable = PROGRAMME_EDITABLE_STATES.includes(programme.status);
  return (
    <>
      <PageHeader
        title={metadata.title}
        description={
          <>
            <Link href={`/chuong-trinh/${programme.id}`} className="text-brand-700 hover:underline">
              {programme.name}
            </Link>{' '}
            · {programme.startYear}–{programme.endYear}
          </>
        }
        actions={<ButtonDownload href={`/chuong-trinh/${programme.id}/xuat-excel`}>Tải mẫu (bảng hiện tại)</ButtonDownload>}
      />
      {!editable ? (
        <Alert tone="warning">Chương trình đang ở trạng thái “{PROGRAMME_LIFECYCLE.statusLabels[programme.status]}”, không nhập chỉ tiêu được.</Alert>
      ) : (
        <div className="space-y-4">
          <Alert tone="info" title="Cách nhập">
            Tệp thay thế toàn bộ bảng chỉ tiêu của chương trình. Hệ thống kiểm tra từng dòng trước; chỉ khi bạn xác nhận một tệp không còn lỗi chặn thì dữ liệu mới được ghi.
            Dòng có tổng ghi khác tổng các năm chỉ là cảnh báo và được giữ nguyên như văn bản.
            {changeIsAmendment(programme.status) && ' Chương trình đã phê duyệt: việc nhập được lưu thành một lần điều chỉnh, cần ghi lý do.'}
          </Alert>
          <Card>
            <AppendixImportForm programmeId={programme.id} amendment={changeIsAmendment(programme.status)} preview={previewAppendixAction} confirm={importAppendixAction} />
          </Card>
        </div>
      )}
    </>
  );
}
