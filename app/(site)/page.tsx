import { HomePage } from '../../web/HomePage'

export default HomePage
