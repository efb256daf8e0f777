package io.github.shuiyuan.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A ledger laid out the way county offices keep theirs, built with POI: a merged title carrying the date, a
 * line naming the office, headers with line breaks and a second row of bracketed hints, a source's name merged
 * down its rows, month-precision deadlines, progress as {@code 30%}, {@code 30} and a percent-formatted 0.45,
 * Chinese synonyms (一级, 入河排污口, 违章建筑, 生活面源), a 合计 row, blank rows and a signature line.
 */
final class CountyLedger {

    private CountyLedger() {
    }

    /** The Chongchuan ledger as of 2018-12-10: seven known problems in part, two new ones. */
    static byte[] chongchuan() {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("附表1");
            CellStyle percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0%"));
            row(sheet, 0, "崇川区饮用水水源地环境问题清理整治进展情况统计表（2018年12月10日）");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 13));
            row(sheet, 1, "填报单位：崇川区环境保护局");
            row(sheet, 2, "序号", "省份", "所在地", "水源地\n名称", "水源地类别", "保护区类型", "问题类型", "问题具体情况",
                    "具体整治措施", "计划完成\n整治时间", "备注", "整治进展情况", "是否完成\n整治", "整治进度");
            row(sheet, 3, "", "", "", "", "（地级/县级）", "（一级、二级）", "", "", "", "", "", "", "", "（%）");
            row(sheet, 4, 5, "江苏", "", "长江崇川段取水口水源地", "地级", "二级", "入河排污口", "", "", "", "", "", "否", "");
            row(sheet, 5, 6, "江苏", "", "", "地级", "一级", "交通穿越", "", "", "2018年11月", "", "", "否", "30%");
            sheet.addMergedRegion(new CellRangeAddress(4, 6, 3, 3));
            row(sheet, 6, 8, "江苏", "", "", "地级", "准保护区", "工业企业", "", "", "2018.12.31", "", "", "否", 30);
            row(sheet, 7, 12, "江苏", "", "五龙汇调蓄水库水源地", "县级", "二级", "网箱养殖", "", "", "2018年11月", "", "", "否", 0.45);
            sheet.getRow(7).getCell(13).setCellStyle(percent);
            row(sheet, 8, 20, "江苏", "", "观音山应急备用地下水源地", "县级", "一级", "", "", "", "", "",
                    "已于2018年11月20日完成清理，现场已复绿", "是", "100%");
            row(sheet, 9, 1, "江苏", "南通市崇川区", "长江崇川段取水口水源地", "地级", "一级保护区", "排污口", "", "", "2017年12月", "",
                    "", "是", 100);
            row(sheet, 10, 21, "江苏", "崇川区", "五龙汇调蓄水库水源地", "县级", "二级", "违章建筑", "保护区内违章搭建仓库1处",
                    "拆除", "2019.3", "", "已完成主体拆除方案", "否", "10%");
            row(sheet, 11, 22, "江苏", "崇川区", "五龙汇调蓄水库水源地", "县级", "二级", "生活面源", "库区周边散居农户生活污水直排",
                    "建设分散式污水处理设施", "立即整改", "", "", "否", "");
            row(sheet, 12, "合计", "", "", "", "", "", "", "共8个问题", "", "", "", "", "完成2个", "");
            row(sheet, 13);
            row(sheet, 14, "", "", "", "");
            row(sheet, 15, "填表人：王某", "", "", "", "", "", "", "", "联系电话：0513-85051234");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void row(Sheet sheet, int index, Object... values) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < values.length; c++) {
            Cell cell = row.createCell(c);
            if (values[c] instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else {
                cell.setCellValue((String) values[c]);
            }
        }
    }
}
