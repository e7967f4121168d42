const rootConst = "root";
export default rootConst;
