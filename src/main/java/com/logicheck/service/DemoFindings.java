package com.logicheck.service;

import com.logicheck.domain.template.TemplateItem;
import java.util.List;
import java.util.Random;

/**
 * 演示扣分说明: what an inspector would write for a deduction on this item — looked up by words of the item's content
 * first, then by its section's title, and otherwise a plain note naming the item; so a note never talks about dust
 * under 经济指标. Deterministic for a given random.
 */
final class DemoFindings {
    private record Finding(String word, List<String> notes) {
    }

    /** By a word of the item's content: the first whose word the content holds. */
    private static final List<Finding> BY_CONTENT = List.of(
            new Finding("地面", List.of("走廊地面有积水，未放置防滑警示牌。", "护士站周边地面有污渍和毛发。")),
            new Finding("卫生间", List.of("卫生间地面有积水，便池有污垢。", "卫生间异味明显，纸巾未及时补充。")),
            new Finding("物体表面", List.of("床头柜表面有积尘，未见擦拭记录。", "门把手、呼叫器未按要求消毒。")),
            new Finding("医疗废物", List.of("医疗废物暂存处交接登记缺两日。", "感染性废物与生活垃圾混放。")),
            new Finding("垃圾", List.of("垃圾桶满溢未及时清运。", "垃圾分类标识缺失，可回收物混投。")),
            new Finding("绿化", List.of("草坪有枯黄斑块，未及时补植。", "绿篱未修剪，枝条伸出步道。")),
            new Finding("监控", List.of("两路监控画面黑屏，未报修。", "监控室值班记录缺少夜班签字。")),
            new Finding("演练", List.of("本季度演练未开展。", "演练记录缺少照片和签到表。")),
            new Finding("消防", List.of("消防通道堆放杂物。", "灭火器压力不足，未按月检查。")),
            new Finding("巡逻", List.of("夜间巡逻点位漏签两处。", "巡更记录与实际时间不符。")),
            new Finding("门岗", List.of("门岗人员脱岗约10分钟。", "外来车辆未登记即放行。")),
            new Finding("持证", List.of("一名电工特种作业证已过期。", "现场作业人员未携带上岗证。")),
            new Finding("培训", List.of("本月培训记录缺少签到表。", "新员工未经岗前培训即上岗。")),
            new Finding("考勤", List.of("抽查考勤记录，2人未按时到岗。", "考勤表有代签现象。")),
            new Finding("仪容", List.of("一名员工未按规定着装、未佩戴工牌。", "服务用语不规范，态度生硬。")),
            new Finding("档案", List.of("档案资料未按月归档，缺少目录。", "部分记录缺页，未按规定及时填写。")),
            new Finding("例会", List.of("本月例会记录缺一次。", "例会议定事项未见落实记录。")),
            new Finding("计划", List.of("月度工作计划未按时提交。", "上月工作总结内容空泛，无数据。")),
            new Finding("应急", List.of("本季度应急演练未开展。", "应急预案未根据人员变动更新。")),
            new Finding("隐患", List.of("配电房门口堆放纸箱，隐患未排查登记。", "隐患台账未闭环，无整改记录。")),
            new Finding("投诉", List.of("一起投诉超过时限未回复。", "投诉处理结果未反馈投诉人。")),
            new Finding("回访", List.of("维修回访率不足规定比例。", "回访记录无被访人电话。")),
            new Finding("报修", List.of("报修受理后超过30分钟未派单。", "报修登记缺少完成时间。")),
            new Finding("热线", List.of("热线电话响铃超过5声未接听。", "热线来电未逐条登记。")),
            new Finding("维修", List.of("报修后超过2小时未到场处理。", "维修完成后现场遗留杂物。")),
            new Finding("设备", List.of("设备运行记录缺两个班次。", "设备有异常噪声，未见检修记录。")),
            new Finding("电梯", List.of("电梯轿厢照明损坏一处。", "电梯维保记录未按时签字。")),
            new Finding("财务", List.of("支出凭证缺少审核签字。", "不相容岗位由同一人兼任。")),
            new Finding("成本", List.of("月度成本分析未提交。", "成本核算口径与合同不一致。")),
            new Finding("指标", List.of("本月经营指标完成率不足90%。", "指标完成情况未按时报送。")),
            new Finding("整改", List.of("上次书面整改意见逾期未落实。", "整改复查记录缺少照片。")),
            new Finding("人员配置", List.of("在岗人数少于合同约定2人。", "项目经理本周两天不在岗。")),
            new Finding("物资", List.of("物资出入库台账与实物不符。", "库房物资摆放混乱，标识不清。")),
            new Finding("食品", List.of("冷藏食品未分层存放，生熟混放。", "留样不足48小时即处理。")),
            new Finding("留样", List.of("留样记录缺少中午一餐。", "留样量不足125克。")),
            new Finding("消毒", List.of("餐具消毒记录缺两日。", "消毒柜温度未达到要求。")),
            new Finding("健康证", List.of("一名厨工健康证已过期。", "晨检记录未逐人填写。")),
            new Finding("宿舍", List.of("宿舍楼道堆放杂物。", "宿舍晚归登记不全。")),
            new Finding("会议", List.of("会议室茶水未及时更换。", "会后场地未及时清理。")));

    /** By the section's title: the first whose word the title holds. */
    private static final List<Finding> BY_SECTION = List.of(
            new Finding("保洁", List.of("卫生死角有积尘。", "卫生间地面有积水。", "保洁工具未分区使用，标识不清。")),
            new Finding("卫生", List.of("卫生死角有积尘。", "垃圾桶外壁有污渍。")),
            new Finding("安保", List.of("消防通道堆放杂物。", "门岗人员脱岗。", "外来人员未登记。")),
            new Finding("安防", List.of("消防通道堆放杂物。", "监控探头被遮挡。")),
            new Finding("消防", List.of("灭火器过期未更换。", "安全出口指示灯不亮。")),
            new Finding("安全", List.of("安全检查记录未签字。", "现场作业未设警示标志。")),
            new Finding("维修", List.of("报修后超过2小时未到场处理。", "维修后未清理现场。")),
            new Finding("工程", List.of("巡检记录缺少签字。", "工具间物品摆放混乱。")),
            new Finding("动力", List.of("设备运行记录缺两个班次。", "机房温度超出规定范围。")),
            new Finding("绿化", List.of("草坪有杂草，未及时清除。", "苗木缺水萎蔫。")),
            new Finding("客服", List.of("服务台交接班记录不全。", "来电未逐条登记。")),
            new Finding("投诉", List.of("投诉处理超时。", "投诉结果未反馈。")),
            new Finding("加工", List.of("生熟砧板混用。", "操作人员未戴口罩、帽子。")),
            new Finding("仓储", List.of("食品离地离墙不足10厘米。", "库存食品有过期未清理。")),
            new Finding("人员", List.of("人员在岗情况与排班表不符。", "员工培训记录不全。")),
            new Finding("制度", List.of("制度未上墙公示。", "岗位职责未及时修订。")));

    private DemoFindings() {
    }

    /** A note for a deduction on {@code item} of the section titled {@code section}. */
    static String note(TemplateItem item, String section, Random random) {
        List<String> notes = possible(item, section);
        return notes.get(random.nextInt(notes.size()));
    }

    /** Every note the table may write for the item (tests: a note belongs to its item). */
    static List<String> possible(TemplateItem item, String section) {
        String content = item.content() == null ? "" : item.content();
        for (Finding f : BY_CONTENT) {
            if (content.contains(f.word())) {
                return f.notes();
            }
        }
        for (Finding f : BY_SECTION) {
            if (section != null && section.contains(f.word())) {
                return f.notes();
            }
        }
        return List.of("抽查「" + content + "」未达到考核要求，已当场指出。");
    }
}
