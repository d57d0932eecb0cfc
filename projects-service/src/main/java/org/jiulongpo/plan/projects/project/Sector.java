package org.jiulongpo.plan.projects.project;

import org.jiulongpo.plan.common.codes.CodedValue;

import com.fasterxml.jackson.annotation.JsonValue;

/** The plan column a project comes from, in column order. */
public enum Sector implements CodedValue {
    CONSUMPTION("消费(专栏3)", "Consumption (column 3)"),
    TRANSPORT("交通(专栏4)", "Transport (column 4)"),
    ENERGY("能源(专栏5)", "Energy (column 5)"),
    WATER("水资源(专栏6)", "Water (column 6)"),
    NEW_INFRASTRUCTURE("新型基础设施(专栏7)", "New infrastructure (column 7)"),
    REGIONAL_COOPERATION("新龙合作(专栏8)", "Xindu–Jiulongpo cooperation (column 8)"),
    INNOVATION("科技创新(专栏9)", "Science and technology innovation (column 9)"),
    MANUFACTURING("制造业集群(专栏10)", "Manufacturing clusters (column 10)"),
    SERVICES("现代服务业(专栏11)", "Modern services (column 11)"),
    URBAN("城市功能品质提升(专栏12)", "Urban function and quality (column 12)"),
    RURAL("乡村建设(专栏13)", "Rural development (column 13)"),
    CULTURE_TOURISM("文化事业和文旅融合(专栏14)", "Culture and tourism (column 14)"),
    ENVIRONMENT("环境治理(专栏15)", "Environmental governance (column 15)"),
    ECOLOGY("生态系统保护修复(专栏16)", "Ecosystem protection and restoration (column 16)"),
    EDUCATION("教育(专栏17)", "Education (column 17)"),
    HEALTH("健康服务(专栏18)", "Health services (column 18)"),
    SOCIAL_SECURITY("社会保障(专栏19)", "Social security (column 19)");

    private final String labelZh;
    private final String labelEn;

    Sector(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    @JsonValue
    @Override
    public String code() {
        return CodedValue.wire(this);
    }

    @Override
    public String labelZh() {
        return labelZh;
    }

    @Override
    public String labelEn() {
        return labelEn;
    }
}
