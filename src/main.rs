fn main() {
    gongshang::ui::start();
}
