//! The estimator's modes and where its rate comes from: keys for links, labels for the page.

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Mode {
    #[default]
    Payroll,
    Employees,
    Project,
    Intern,
    Overage,
    Workforce,
}

impl Mode {
    pub const ALL: [Mode; 6] = [
        Mode::Payroll,
        Mode::Employees,
        Mode::Workforce,
        Mode::Project,
        Mode::Intern,
        Mode::Overage,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Mode::Payroll => "payroll",
            Mode::Employees => "employees",
            Mode::Project => "project",
            Mode::Intern => "intern",
            Mode::Overage => "overage",
            Mode::Workforce => "workforce",
        }
    }
    pub fn label(self) -> &'static str {
        match self {
            Mode::Payroll => "按工资总额",
            Mode::Employees => "逐人填写工资",
            Mode::Project => "建设项目",
            Mode::Intern => "实习生",
            Mode::Overage => "超龄人员",
            Mode::Workforce => "整个单位（多种用工）",
        }
    }
    pub fn hint(self) -> &'static str {
        match self {
            Mode::Payroll => "知道全单位一个月或一年的工资总额时使用",
            Mode::Employees => "逐人套用缴费基数上下限，适合按人申报",
            Mode::Project => "施工项目按工程总造价一次性参保",
            Mode::Intern => "院校统一安排的实习生，按实习期一次性缴纳",
            Mode::Overage => "超过法定退休年龄、未领养老金的人员，按月缴纳",
            Mode::Workforce => "职工逐人填写，再加上实习生、超龄人员、劳务派遣人员，合成一个结果",
        }
    }
    pub fn from_key(key: &str) -> Option<Mode> {
        Mode::ALL.into_iter().find(|m| m.key() == key)
    }
    /// Modes charged at the unit's rate.
    pub fn uses_rate(self) -> bool {
        self != Mode::Project
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum RateSource {
    /// From the unit's notice; offered first because it is the reliable one.
    #[default]
    Notice,
    Industry,
}
