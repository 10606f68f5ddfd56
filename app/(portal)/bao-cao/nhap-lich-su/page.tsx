import type { Metadata } from 'next';
import { HistoryImportForm } from '@/components/reports/history-import-form';
import { Alert } from '@/components/ui/alert';
import { ButtonDownload } from '@/components/ui/button';
import { Card, PageHeader } from '@/components/ui/card';
import { requirePermission } from '@/lib/server/auth';
import { importHistoryAction, previewHistoryAction } from './actions';

export const metadata: Metadata = { title: 'Nhập dữ liệu lịch sử' };

export default async function ImportHistoryPage() {
  await requirePermission('programme:edit', '/bao-cao/nhap-lich-su');
  return (
    <>
      <PageHeader
        title="Nhập dữ liệu lịch sử"
        description="Số liệu các năm trước khi có cổng (ví dụ 2021–2025), để báo cáo tính được cả giai đoạn."
        actions={<ButtonDownload href="/bao-cao/nhap-lich-su/mau">Tải mẫu Excel</ButtonDownload>}
      />
      <div className="space-y-4">
        <Alert tone="info" title="Cách nhập">
          Mẫu có ba trang: <strong>Đề án</strong> (mỗi dòng một đề án, có MST cơ sở — dùng để kiểm tra hỗ trợ trùng), <strong>Tổng hợp</strong> (mỗi dòng một dòng của bảng báo cáo chỉ còn số
          tổng hợp) và <strong>Kế hoạch năm</strong>. Hệ thống kiểm tra từng dòng trước; chỉ khi tệp không còn lỗi và bạn xác nhận thì toàn bộ tệp mới được ghi, hoặc không ghi gì. Dữ liệu lịch sử
          không đi qua quy trình đề án và không sửa được như đề án đang thực hiện.
        </Alert>
        <Card>
          <HistoryImportForm preview={previewHistoryAction} confirm={importHistoryAction} />
        </Card>
      </div>
    </>
  );
}
